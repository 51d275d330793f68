using Microsoft.AspNetCore.Http;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>
/// A custom form as the editor posts it: name, project (0 for none), the default flag, and ten rows of question and
/// answer-type key (<c>question0</c>…<c>question9</c>, <c>type0</c>…<c>type9</c>); row 0 is the title question.
/// </summary>
internal sealed record CustomFormDraft(string Name, int ProjectId, bool IsDefault, IReadOnlyList<(string Question, string Type)> Rows)
{
    /// <summary>A form not yet written: ten empty rows, the title question answered as text.</summary>
    public static CustomFormDraft New { get; } = new("", 0, false,
        [(Question: "", Type: BuiltInFieldTypes.Text), .. Enumerable.Repeat((Question: "", Type: ""), CustomForm.MaxFields - 1)]);

    public static CustomFormDraft FromPost(IFormCollection posted) => new(
        posted["name"].ToString().Trim(),
        int.TryParse(posted["project"], out var project) ? project : -1,
        posted["default"] == "true",
        Enumerable.Range(0, CustomForm.MaxFields).Select(i => (posted["question" + i].ToString().Trim(), posted["type" + i].ToString())).ToList());

    public static CustomFormDraft From(CustomForm form) => new(form.Name, form.ProjectId ?? 0, form.IsDefault,
        Enumerable.Range(0, CustomForm.MaxFields)
            .Select(i => form.Fields.FirstOrDefault(f => f.Position == i) is { } field ? (field.Question, field.Type) : ("", ""))
            .ToList());

    /// <summary>"Title" for row 0, else the row number.</summary>
    public static string RowName(int row) => row == 0 ? "Title" : row.ToString();
}
