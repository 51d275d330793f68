using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Data;

/// <summary>
/// Projects, releases and auto-assignments. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project modules/Projects --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : DbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<AutoAssignment> AutoAssignments => Set<AutoAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsDbContext).Assembly);
}
