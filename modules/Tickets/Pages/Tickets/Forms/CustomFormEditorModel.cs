using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Features.Forms;

namespace NodePoint.Modules.Tickets.Pages.Tickets.Forms;

/// <summary>What the form editor shows: the form as typed (kept after an error), the projects and answer types to choose from, and the problems.</summary>
internal sealed record CustomFormEditorModel(int Id, CustomFormDraft Draft, IReadOnlyList<ProjectSummary> Projects, IReadOnlyList<FieldType> Types,
    IReadOnlyDictionary<string, string> Errors)
{
    public static async Task<CustomFormEditorModel> ShowAsync(EditCustomForm editor, int id, CustomFormDraft draft, IReadOnlyDictionary<string, string> errors,
        CancellationToken cancellationToken) =>
        new(id, draft, await editor.ProjectsAsync(cancellationToken), editor.Types, errors);
}
