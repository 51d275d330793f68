using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.Pages.Projects;

[RequireLevel(AccessLevel.ProjectsManagement)]
internal sealed class EditProjectModel(ProjectsDbContext db, ProjectEditor editor, ICurrentUser user) : PageModel
{
    public ProjectFormModel Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([id], cancellationToken);
        if (project is null)
            return NotFound();
        Form = new ProjectFormModel(id, false, project.Name, project.Model, project.Description, project.Visibility.ToString(), "", new Dictionary<string, string>());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? name, string? model, string? description, string? visibility, IFormFile? image, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([id], cancellationToken);
        if (project is null)
            return NotFound();
        var form = new ProjectEditor.Form(name ?? "", model ?? "", description ?? "", visibility ?? "", "", image);
        var (saved, errors) = await editor.SaveAsync(project, form, user.Name, cancellationToken);
        if (saved is null)
        {
            Form = new ProjectFormModel(id, false, form.Name, form.Model, form.Description, form.Visibility, "", errors);
            return Page();
        }
        TempData["np:flash"] = "Project saved.";
        return Redirect("/projects/" + id);
    }
}
