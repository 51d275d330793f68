using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>Checks one typed answer against its answer type; every message names the question. Answers are optional unless the caller says otherwise.</summary>
internal static partial class AnswerValidation
{
    [GeneratedRegex(@"^\+?[0-9 ().\-/]*[0-9][0-9 ().\-/]*$")]
    private static partial Regex PhonePattern();

    /// <summary>The answer to store (trimmed; "Yes"/"No" for a checkbox) or the reason it is refused.</summary>
    public static (string Value, string? Error) Read(FieldType type, string question, string? posted)
    {
        var value = (posted ?? "").Trim();
        if (type.Input == FieldInput.Checkbox)
            return (value is "true" or "on" ? "Yes" : "No", null);
        if (value.Length == 0)
            return ("", null);
        if (value.Length > type.MaxLength)
            return ("", $"The answer to \"{question}\" must be at most {type.MaxLength:N0} characters.");
        var problem = type.Input switch
        {
            FieldInput.Text when value.Any(char.IsControl) => "must be a single line",
            FieldInput.Number when !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) => "must be a number, such as 42 or 3.5",
            FieldInput.Email when !MailAddress.TryCreate(value, out var address) || address.Address != value => "must be an email address, such as name@example.com",
            FieldInput.Url when !CustomField.IsWebAddress(value) => "must be a web address starting with http:// or https://",
            FieldInput.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "must be a date (year-month-day)",
            FieldInput.Phone when !PhonePattern().IsMatch(value) => "must be a phone number (digits, spaces and + - ( ) . /)",
            FieldInput.Radio or FieldInput.Select when !type.Choices.Contains(value) => "must be one of the answers offered",
            _ => null,
        };
        return problem is null ? (value, null) : ("", $"The answer to \"{question}\" {problem}.");
    }
}
