namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>
/// An answer type of custom forms: the key stored with the question, the name the editor shows, how the question is
/// asked, the answers offered (radio buttons and drop-downs), the answer a drop-down starts on (empty offers "no
/// answer"), and the longest answer accepted.
/// </summary>
internal sealed record FieldType(string Key, string Label, FieldInput Input, IReadOnlyList<string> Choices, string Default = "", int MaxLength = FieldType.MaxText)
{
    public const int MaxText = 500;
}
