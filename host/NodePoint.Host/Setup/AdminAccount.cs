using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace NodePoint.Host.Setup;

/// <summary>The NodePoint admin (level 6): a name and a hashed password kept with the settings, never in the users table.</summary>
internal static partial class AdminAccount
{
    public const int MinimumPasswordLength = 6;
    public static readonly string[] ReservedNames = ["guest", "api", "system"];

    private static readonly PasswordHasher<string> Hasher = new();

    [GeneratedRegex("^[A-Za-z0-9.-]{3,20}$")]
    private static partial Regex NamePattern();

    public static string? CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "Admin name is required.";
        if (!NamePattern().IsMatch(name))
            return "Admin name must be 3 to 20 letters, digits, dots or dashes.";
        return ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase) ? $"Admin name '{name}' is reserved." : null;
    }

    public static string? CheckPassword(string password, string confirmation)
    {
        if (password.Length < MinimumPasswordLength)
            return $"Admin password must be at least {MinimumPasswordLength} characters.";
        return password == confirmation ? null : "The two admin passwords do not match.";
    }

    public static string Hash(string password) => Hasher.HashPassword("admin", password);

    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword("admin", hash, password) != PasswordVerificationResult.Failed;
}
