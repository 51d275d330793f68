using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>The default form's configurable field: its name (empty hides it) and type (Text, Link or Checkbox).</summary>
internal sealed class CustomField(ISettings settings)
{
    public string Name => settings.Get(TicketSettings.CustomName);
    public string Type => settings.Get(TicketSettings.CustomType);
    public bool IsShown => Name.Length > 0;
    public bool IsLink => Type == "Link";
    public bool IsCheckbox => Type == "Checkbox";

    /// <summary>Checks a submitted value and returns what to store, or an error.</summary>
    public (string Value, string? Error) Read(string? submitted)
    {
        if (!IsShown)
            return ("", null);
        var value = (submitted ?? "").Trim();
        if (IsCheckbox)
            return (value is "true" or "on" or "Yes" ? "Yes" : "No", null);
        if (value.Length > Ticket.MaxCustom)
            return ("", $"{Name} must be at most {Ticket.MaxCustom} characters.");
        if (IsLink && value.Length > 0 && !IsWebAddress(value))
            return ("", $"{Name} must be a web address starting with http:// or https://.");
        return (value, null);
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
