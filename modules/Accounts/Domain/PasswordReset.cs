namespace NodePoint.Modules.Accounts.Domain;

/// <summary>A mailed, single-use, expiring link to choose a new password; only the token's hash is kept.</summary>
internal sealed class PasswordReset
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public int Id { get; private set; }
    public int UserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    /// <summary>The user's stamp when the link was made: a password change or a disabled account voids it.</summary>
    public string SecurityStamp { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime ExpiresUtc { get; private set; }
    public DateTime? UsedUtc { get; private set; }

    public static PasswordReset Create(int userId, string tokenHash, string securityStamp, DateTime nowUtc) =>
        new() { UserId = userId, TokenHash = tokenHash, SecurityStamp = securityStamp, CreatedUtc = nowUtc, ExpiresUtc = nowUtc + Lifetime };

    public bool IsUsable(DateTime nowUtc) => UsedUtc is null && nowUtc < ExpiresUtc;

    public void Use(DateTime nowUtc) => UsedUtc = nowUtc;
}
