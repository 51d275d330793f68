using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.ToTable("projects_release");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).HasMaxLength(Release.MaxVersion);
        builder.Property(r => r.NormalizedVersion).HasMaxLength(Release.MaxVersion);
        builder.Property(r => r.Notes).HasMaxLength(Release.MaxNotes);
        builder.Property(r => r.CreatedBy).HasMaxLength(20);
        builder.HasIndex(r => new { r.ProjectId, r.NormalizedVersion }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
