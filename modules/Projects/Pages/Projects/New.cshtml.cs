using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.Pages.Projects;

[RequireLevel(AccessLevel.ProjectsManagement)]
internal sealed class NewProjectModel(ProjectEditor editor, ICurrentUser user) : PageModel
{
    public ProjectFormModel Form { get; private set; } = new(0, true, "", "", "", "Public", "", new Dictionary<string, string>());

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? name, string? model, string? description, string? visibility, string? release, IFormFile? image, CancellationToken cancellationToken)
    {
        var form = new ProjectEditor.Form(name ?? "", model ?? "", description ?? "", visibility ?? "", release ?? "", image);
        var (project, errors) = await editor.SaveAsync(null, form, user.Name, cancellationToken);
        if (project is null)
        {
            Form = new ProjectFormModel(0, true, form.Name, form.Model, form.Description, form.Visibility, form.InitialRelease, errors);
            return Page();
        }
        TempData["np:flash"] = $"Project {project.Name} added.";
        return Redirect("/projects/" + project.Id);
    }
}
