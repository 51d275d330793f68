using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;

namespace NodePoint.Modules.Projects.Pages.Projects;

/// <summary>The projects this visitor may see: Public for everyone, Private when logged in, Restricted from level 2, Archived from level 4.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ProjectsIndexModel(IProjectDirectory directory, ICurrentUser user) : PageModel
{
    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];
    public bool CanCreate => user.Level >= AccessLevel.ProjectsManagement;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Projects = await directory.VisibleToAsync(user.Level, cancellationToken);
}
