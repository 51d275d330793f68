using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.ConfirmEmail;

namespace NodePoint.Modules.Accounts.Features.OwnAccount;

/// <summary>What signed-in users change about themselves: their address (re-confirmed) and their password.</summary>
internal sealed class OwnAccount(AccountsDbContext db, ICurrentUser current, EmailConfirmation confirmation, IAuditLog audit)
{
    public Task<User?> LoadAsync(CancellationToken cancellationToken)
    {
        if (current.Kind != UserKind.User)
            return Task.FromResult<User?>(null);
        var normalized = UserName.Normalize(current.Name);
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
    }

    /// <summary>Why <paramref name="user"/> cannot change their password here, or null.</summary>
    public static string? PasswordChangeRefusal(User user) =>
        user.IsDemo ? "The demo account cannot change its password."
        : user.ExternalSource is not null ? $"Your password is managed by {user.ExternalSource}."
        : null;

    public async Task<string?> ChangePasswordAsync(User user, string current, string password, string confirmation, CancellationToken cancellationToken)
    {
        if (PasswordChangeRefusal(user) is { } refusal)
            return refusal;
        if (!Passwords.Verify(user.PasswordHash, current, out _))
            return "Your current password is wrong.";
        if (Passwords.Check(password, confirmation) is { } problem)
            return problem;
        user.SetPassword(Passwords.Hash(password));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.password_changed", $"'{user.Name}' changed their password.", cancellationToken);
        return null;
    }

    public async Task<string?> ChangeEmailAsync(User user, string email, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (EmailAddress.Check(email) is { } problem)
            return problem;
        var code = EmailConfirmation.Assign(user, email);
        // A link mailed to the old address must not outlive it.
        foreach (var pending in await db.PasswordResets.Where(r => r.UserId == user.Id && r.UsedUtc == null).ToListAsync(cancellationToken))
            pending.Use(DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.email_changed", $"'{user.Name}' {(email.Length == 0 ? "removed their email address" : "set their email address to " + email)}.", cancellationToken);
        if (code is not null)
            await confirmation.SendAsync(user, code, cancellationToken);
        return null;
    }

    public async Task<string?> ConfirmEmailAsync(User user, string code, CancellationToken cancellationToken)
    {
        if (user.EmailConfirmed)
            return null;
        if (code.Trim().Length == 0 || !user.ConfirmEmail(code))
            return "That confirmation code is not right. Check the mail, or send a new code.";
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.email_confirmed", $"'{user.Name}' confirmed {user.Email}.", cancellationToken);
        return null;
    }

    public async Task ResendCodeAsync(User user, CancellationToken cancellationToken)
    {
        if (user.Email is null || user.EmailConfirmed)
            return;
        var code = Tokens.NewCode();
        user.ReplaceConfirmationCode(Tokens.Hash(code));
        await db.SaveChangesAsync(cancellationToken);
        await confirmation.SendAsync(user, code, cancellationToken);
    }
}
