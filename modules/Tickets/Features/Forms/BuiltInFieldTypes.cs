using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>The answer types of the original product that need no other component, in the order the editor offers them.</summary>
internal static class BuiltInFieldTypes
{
    public const string Text = "text";
    public const string File = "file";
    public const string Priority = "priority";

    public static readonly FieldType TextAnswer = new(Text, "Some text", FieldInput.Text, []);

    public static readonly IReadOnlyList<FieldType> All =
    [
        TextAnswer,
        new("textarea", "Lots of text", FieldInput.TextArea, [], MaxLength: Ticket.MaxDescription),
        new("number", "Number", FieldInput.Number, [], MaxLength: 30),
        new("checkbox", "Checkbox", FieldInput.Checkbox, []),
        new("yesno", "Yes / No", FieldInput.Radio, ["Yes", "No"]),
        new("truefalse", "True / False", FieldInput.Radio, ["True", "False"]),
        new("email", "Email address", FieldInput.Email, [], MaxLength: 99),
        new("url", "Web address", FieldInput.Url, []),
        new("rating", "1 to 10", FieldInput.Select, Enumerable.Range(1, 10).Select(n => n.ToString()).ToList()),
        new("satisfaction", "Satisfaction scale", FieldInput.Select, ["Extremely", "A lot", "Moderately", "Slightly", "Not at all"]),
        new("date", "Date", FieldInput.Date, []),
        new("phone", "Phone number", FieldInput.Phone, [], MaxLength: 30),
        new("ip", "IP address", FieldInput.Address, []),
        new(File, "File upload", FieldInput.File, []),
        new(Priority, "Ticket priority", FieldInput.Select, Enum.GetNames<TicketPriority>(), Default: nameof(TicketPriority.Normal)),
    ];

    public static FieldType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
