using System.Net.Mail;

namespace NodePoint.Modules.Accounts.Domain;

/// <summary>The rule for addresses: empty (no notifications) or one plain address of at most 99 characters.</summary>
internal static class EmailAddress
{
    public const int MaxLength = 99;

    public static string? Check(string email)
    {
        if (email.Length == 0)
            return null;
        if (email.Length > MaxLength)
            return $"Email addresses must be at most {MaxLength} characters.";
        // One bare address: no display name, no quoted local part, no list.
        var plain = MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.DisplayName.Length == 0
                    && !email.Contains('"') && !email.Contains(',') && !email.Any(char.IsWhiteSpace);
        return plain ? null : $"'{email}' is not an email address.";
    }
}
