using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Features.Forms;

namespace NodePoint.Modules.Tickets.Pages.Tickets.Forms;

[RequireLevel(AccessLevel.ProjectsManagement)]
internal sealed class NewCustomFormModel(EditCustomForm editor) : PageModel
{
    public CustomFormEditorModel Editor { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Editor = await CustomFormEditorModel.ShowAsync(editor, 0, CustomFormDraft.New, new Dictionary<string, string>(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = CustomFormDraft.FromPost(Request.Form);
        var (form, errors) = await editor.SaveAsync(null, draft, cancellationToken);
        if (form is null)
        {
            Editor = await CustomFormEditorModel.ShowAsync(editor, 0, draft, errors, cancellationToken);
            return Page();
        }
        TempData["np:flash"] = $"Form {form.Name} saved.";
        return Redirect("/tickets/forms");
    }
}
