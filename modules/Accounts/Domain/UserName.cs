using System.Text.RegularExpressions;

namespace NodePoint.Modules.Accounts.Domain;

/// <summary>The rules for user names: 3-20 letters, digits, dots and dashes, unique without regard to case, some reserved.</summary>
internal static partial class UserName
{
    public const int MaxLength = 20;
    private static readonly string[] AlwaysReserved = ["guest", "api", "system"];

    [GeneratedRegex("^[A-Za-z0-9.-]{3,20}$")]
    private static partial Regex Pattern();

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string name) => Pattern().IsMatch(name);

    /// <summary>Null when <paramref name="name"/> may be registered; otherwise the reason.</summary>
    public static string? Check(string name, string adminName)
    {
        if (name.Length == 0)
            return "Enter a user name.";
        if (!IsWellFormed(name))
            return "User names are 3 to 20 letters, digits, dots or dashes.";
        if (AlwaysReserved.Contains(name, StringComparer.OrdinalIgnoreCase) || string.Equals(name, adminName, StringComparison.OrdinalIgnoreCase))
            return $"The name '{name}' is reserved.";
        return null;
    }
}
