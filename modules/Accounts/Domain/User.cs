using NodePoint.Abstractions.Access;

namespace NodePoint.Modules.Accounts.Domain;

/// <summary>
/// A user account. Users are never deleted, only disabled. External accounts (directory, authentication
/// program) hold no password. <see cref="SecurityStamp"/> changes whenever existing sessions must end.
/// </summary>
internal sealed class User
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string? PasswordHash { get; private set; }
    public string? ExternalSource { get; private set; }
    public string? Email { get; private set; }
    public string? NormalizedEmail { get; private set; }
    public bool EmailConfirmed { get; private set; }
    public string? ConfirmationCodeHash { get; private set; }
    public AccessLevel Level { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? LastLoginUtc { get; private set; }
    public bool Disabled { get; private set; }
    public string SecurityStamp { get; private set; } = "";

    public bool IsDemo => NormalizedName == "DEMO";
    public bool HasLocalPassword => PasswordHash is not null;

    public static User CreateLocal(string name, string passwordHash, AccessLevel level) =>
        new() { Name = name, NormalizedName = UserName.Normalize(name), PasswordHash = passwordHash, Level = level, CreatedUtc = DateTime.UtcNow, SecurityStamp = Tokens.NewStamp() };

    public static User CreateExternal(string name, string source, AccessLevel level) =>
        new() { Name = name, NormalizedName = UserName.Normalize(name), ExternalSource = source, Level = level, CreatedUtc = DateTime.UtcNow, SecurityStamp = Tokens.NewStamp() };

    public void SetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        SecurityStamp = Tokens.NewStamp();
    }

    /// <summary>A new hash of the same password (a stronger hasher setting); sessions stay.</summary>
    public void UpgradePasswordHash(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>Sets or removes the address; a new address is unconfirmed until its code is entered.</summary>
    public void SetEmail(string? email, string? confirmationCodeHash)
    {
        Email = string.IsNullOrEmpty(email) ? null : email;
        NormalizedEmail = Email?.ToUpperInvariant();
        EmailConfirmed = false;
        ConfirmationCodeHash = Email is null ? null : confirmationCodeHash;
    }

    public void ReplaceConfirmationCode(string codeHash) => ConfirmationCodeHash = codeHash;

    public bool ConfirmEmail(string code)
    {
        if (ConfirmationCodeHash is null || !Tokens.Matches(code, ConfirmationCodeHash))
            return false;
        EmailConfirmed = true;
        ConfirmationCodeHash = null;
        return true;
    }

    public void ChangeLevel(AccessLevel level) => Level = level;

    public void Disable()
    {
        Disabled = true;
        SecurityStamp = Tokens.NewStamp();
    }

    public void Enable() => Disabled = false;

    public void RecordLogin(DateTime utc) => LastLoginUtc = utc;
}
