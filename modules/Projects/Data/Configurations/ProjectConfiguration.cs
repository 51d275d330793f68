using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects_project");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(Project.MaxName);
        builder.Property(p => p.NormalizedName).HasMaxLength(Project.MaxName);
        builder.Property(p => p.Model).HasMaxLength(Project.MaxModel);
        builder.Property(p => p.Description).HasMaxLength(Project.MaxDescription);
        builder.Property(p => p.ImageFile).HasMaxLength(32);
        builder.Property(p => p.Visibility).HasConversion<int>();
        builder.HasIndex(p => p.NormalizedName).IsUnique();
        builder.HasIndex(p => new { p.Visibility, p.NormalizedName });
    }
}
