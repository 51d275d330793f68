using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.Pages.Projects;

/// <summary>Serves a project's image to those who may see the project, with the type read from its bytes and nosniff.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ProjectImageModel(ProjectsDbContext db, IUploadStore uploads, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([id], cancellationToken);
        if (project?.ImageFile is null || !ProjectAccess.CanSee(user.Level, project.Visibility) || uploads.OpenRead(project.ImageFile) is not { } stream)
            return NotFound();
        var head = new byte[16];
        var read = await stream.ReadAsync(head, cancellationToken);
        stream.Position = 0;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, ProjectImage.ContentType(head.AsSpan(0, read)) ?? "application/octet-stream");
    }
}
