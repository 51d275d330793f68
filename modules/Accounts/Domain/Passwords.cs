using Microsoft.AspNetCore.Identity;

namespace NodePoint.Modules.Accounts.Domain;

/// <summary>Password rules and hashing (ASP.NET Core Identity's PBKDF2 hasher; never reversible).</summary>
internal static class Passwords
{
    public const int MinimumLength = 6;
    public const int MaximumLength = 200;

    private static readonly PasswordHasher<User> Hasher = new();

    // Verified against when the user does not exist, so a wrong name takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new User(), "not a real password");

    public static string? Check(string password, string confirmation)
    {
        if (password.Length < MinimumLength)
            return $"Passwords must be at least {MinimumLength} characters.";
        if (password.Length > MaximumLength)
            return $"Passwords must be at most {MaximumLength} characters.";
        return password == confirmation ? null : "The two passwords do not match.";
    }

    public static string Hash(string password) => Hasher.HashPassword(new User(), password);

    /// <summary>True when <paramref name="password"/> matches; <paramref name="needsRehash"/> when the hash should be renewed.</summary>
    public static bool Verify(string? hash, string password, out bool needsRehash)
    {
        var result = Hasher.VerifyHashedPassword(new User(), hash ?? DummyHash, password);
        needsRehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return hash is not null && result != PasswordVerificationResult.Failed;
    }
}
