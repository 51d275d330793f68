using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Features.Forms;

namespace NodePoint.Modules.Tickets.Pages.Tickets.Forms;

[RequireLevel(AccessLevel.ProjectsManagement)]
internal sealed class EditCustomFormModel(EditCustomForm editor) : PageModel
{
    public CustomFormEditorModel Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } form)
            return NotFound();
        Editor = await CustomFormEditorModel.ShowAsync(editor, id, CustomFormDraft.From(form), new Dictionary<string, string>(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } form)
            return NotFound();
        var draft = CustomFormDraft.FromPost(Request.Form);
        var (saved, errors) = await editor.SaveAsync(form, draft, cancellationToken);
        if (saved is null)
        {
            Editor = await CustomFormEditorModel.ShowAsync(editor, id, draft, errors, cancellationToken);
            return Page();
        }
        TempData["np:flash"] = $"Form {saved.Name} saved.";
        return Redirect("/tickets/forms");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(id, cancellationToken) is not { } form)
            return NotFound();
        await editor.DeleteAsync(form, cancellationToken);
        TempData["np:flash"] = $"Form {form.Name} deleted.";
        return Redirect("/tickets/forms");
    }
}
