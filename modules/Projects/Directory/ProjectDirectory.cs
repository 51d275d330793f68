using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;

namespace NodePoint.Modules.Projects.Directory;

/// <summary>Answers other modules' questions about projects.</summary>
internal sealed class ProjectDirectory(ProjectsDbContext db) : IProjectDirectory
{
    public Task<ProjectSummary?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.Model, p.Visibility)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ProjectSummary>> VisibleToAsync(AccessLevel level, CancellationToken cancellationToken = default)
    {
        var visible = ProjectAccess.VisibleTo(level);
        return await db.Projects.AsNoTracking().Where(p => visible.Contains(p.Visibility)).OrderBy(p => p.NormalizedName)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.Model, p.Visibility)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ReleasesAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Releases.AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Id).Select(r => r.Version).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> AutoAssigneesAsync(int id, CancellationToken cancellationToken = default) =>
        await db.AutoAssignments.AsNoTracking().Where(a => a.ProjectId == id).OrderBy(a => a.NormalizedUserName).Select(a => a.UserName).ToListAsync(cancellationToken);
}
