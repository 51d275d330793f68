using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Features;

/// <summary>Adds and removes releases (level 3); archived projects take no new releases.</summary>
internal sealed class ReleaseList(ProjectsDbContext db, IAuditLog audit)
{
    public async Task<string?> AddAsync(Project project, string version, string notes, string actor, CancellationToken cancellationToken)
    {
        version = version.Trim();
        notes = notes.Trim();
        if (project.Visibility == ProjectVisibility.Archived)
            return "Archived projects take no new releases.";
        if (version.Length is 0 or > Release.MaxVersion)
            return $"Enter a release of at most {Release.MaxVersion} characters.";
        if (notes.Length > Release.MaxNotes)
            return $"Release notes must be at most {Release.MaxNotes} characters.";
        var normalized = version.ToUpperInvariant();
        if (await db.Releases.AnyAsync(r => r.ProjectId == project.Id && r.NormalizedVersion == normalized, cancellationToken))
            return $"Release '{version}' already exists.";
        db.Releases.Add(Release.Create(project.Id, version, notes, actor));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("project.release_added", $"Release '{version}' added to project {project.Id}.", cancellationToken);
        return null;
    }

    public async Task<string?> DeleteAsync(Project project, int releaseId, CancellationToken cancellationToken)
    {
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Id == releaseId && r.ProjectId == project.Id, cancellationToken);
        if (release is null)
            return "That release does not exist.";
        db.Releases.Remove(release);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("project.release_deleted", $"Release '{release.Version}' removed from project {project.Id}.", cancellationToken);
        return null;
    }
}
