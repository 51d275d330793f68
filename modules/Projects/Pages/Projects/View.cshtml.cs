using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.Pages.Projects;

/// <summary>A project's page: description, releases (level 3 adds and deletes), auto-assignment (level 3 users, themselves).</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ViewProjectModel(ProjectsDbContext db, ReleaseList releases, MarkdownRenderer markdown, ICurrentUser user) : PageModel
{
    public Project? Project { get; private set; }
    public string DescriptionHtml { get; private set; } = "";
    public IReadOnlyList<Release> Releases { get; private set; } = [];
    public IReadOnlyList<string> AutoAssigned { get; private set; } = [];
    public string? Error { get; private set; }
    public AccessLevel Level => user.Level;
    public bool CanAutoAssign => user.Kind == UserKind.User && user.Level >= AccessLevel.TicketsManagement;
    public bool IsAutoAssigned => AutoAssigned.Contains(user.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddReleaseAsync(int id, string? version, string? notes, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.TicketsManagement, project => releases.AddAsync(project, version ?? "", notes ?? "", user.Name, cancellationToken), "Release added.", cancellationToken);

    public Task<IActionResult> OnPostDeleteReleaseAsync(int id, int releaseId, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.TicketsManagement, project => releases.DeleteAsync(project, releaseId, cancellationToken), "Release deleted.", cancellationToken);

    public Task<IActionResult> OnPostAutoAssignAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.TicketsManagement, project => ToggleAutoAssignmentAsync(project, cancellationToken), "Auto-assignment updated.", cancellationToken);

    private async Task<string?> ToggleAutoAssignmentAsync(Project project, CancellationToken cancellationToken)
    {
        if (!CanAutoAssign)
            return "Only user accounts of level 3 and up can be auto-assigned.";
        var normalized = user.Name.ToUpperInvariant();
        var existing = await db.AutoAssignments.SingleOrDefaultAsync(a => a.ProjectId == project.Id && a.NormalizedUserName == normalized, cancellationToken);
        if (existing is null)
            db.AutoAssignments.Add(AutoAssignment.Create(project.Id, user.Name));
        else
            db.AutoAssignments.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<IActionResult> ActAsync(int id, AccessLevel needed, Func<Project, Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (user.Level < needed)
            return user.IsAuthenticated ? Forbid() : Challenge();
        Error = await action(Project!);
        if (Error is not null)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        TempData["np:flash"] = done;
        return Redirect("/projects/" + id);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Project = await db.Projects.FindAsync([id], cancellationToken);
        if (Project is null || !ProjectAccess.CanSee(user.Level, Project.Visibility))
            return false;
        DescriptionHtml = markdown.Render(Project.Description);
        Releases = await db.Releases.AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        AutoAssigned = await db.AutoAssignments.AsNoTracking().Where(a => a.ProjectId == id).OrderBy(a => a.NormalizedUserName).Select(a => a.UserName).ToListAsync(cancellationToken);
        return true;
    }
}
