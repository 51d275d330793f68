using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Data.Configurations;

internal sealed class AutoAssignmentConfiguration : IEntityTypeConfiguration<AutoAssignment>
{
    public void Configure(EntityTypeBuilder<AutoAssignment> builder)
    {
        builder.ToTable("projects_auto_assignment");
        builder.HasKey(a => new { a.ProjectId, a.NormalizedUserName });
        builder.Property(a => a.UserName).HasMaxLength(20);
        builder.Property(a => a.NormalizedUserName).HasMaxLength(20);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
