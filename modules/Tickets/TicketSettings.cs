using NodePoint.Abstractions.Settings;

namespace NodePoint.Modules.Tickets;

/// <summary>The Tickets module's settings: the default form's configurable custom field.</summary>
internal static class TicketSettings
{
    public const string CustomName = "tickets_custom_name";
    public const string CustomType = "tickets_custom_type";

    public static readonly IReadOnlyList<SettingDefinition> All =
    [
        new(CustomName, "Custom ticket field", SettingKind.Text, "Related tickets")
        {
            Help = "The name of the extra field of the default ticket form and of the ticket page; leave empty to hide the field.",
            MaxLength = 40,
        },
        new(CustomType, "Custom ticket field type", SettingKind.Choice, "Text")
        {
            Help = "Text, a link (a web address), or a checkbox (stored as Yes or No).",
            Choices = [new("Text", "Text"), new("Link", "Link"), new("Checkbox", "Checkbox")],
        },
    ];
}
