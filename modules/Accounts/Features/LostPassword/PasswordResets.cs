using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Notifications;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.LostPassword;

/// <summary>
/// "Forgot your password?": a single-use link, valid one hour, mailed to a confirmed address; the user then
/// chooses the new password. The request's answer is the same whether or not an account matched.
/// </summary>
internal sealed class PasswordResets(AccountsDbContext db, INotifier notifier, IAuditLog audit)
{
    public const string RequestAnswer =
        "If an account with a confirmed email address matches, a link to choose a new password is on its way. The link works once, within one hour.";

    private const int RequestsPerHour = 3;

    public async Task RequestAsync(string nameOrEmail, CancellationToken cancellationToken)
    {
        var key = nameOrEmail.Trim().ToUpperInvariant();
        if (key.Length is 0 or > EmailAddress.MaxLength)
            return;
        var user = await db.Users.FirstOrDefaultAsync(u => (u.NormalizedName == key || u.NormalizedEmail == key)
            && u.EmailConfirmed && !u.Disabled && u.PasswordHash != null && u.NormalizedName != "DEMO", cancellationToken);
        if (user is null)
            return;
        var now = DateTime.UtcNow;
        if (await db.PasswordResets.CountAsync(r => r.UserId == user.Id && r.CreatedUtc > now.AddHours(-1), cancellationToken) >= RequestsPerHour)
            return;

        var token = Tokens.NewCode(32);
        db.PasswordResets.Add(PasswordReset.Create(user.Id, Tokens.Hash(token), user.SecurityStamp, now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.password_reset_requested", $"Password reset link mailed to '{user.Name}'.", cancellationToken);
        await notifier.NotifyAsync(new Notification([user.Name], "Password reset",
            $"Someone, hopefully you, asked to reset the password of the account {user.Name}.\n\n" +
            "Open the link below within one hour to choose a new password. If it was not you, ignore this message: your password stays as it is.")
        {
            Link = "/account/reset-password?token=" + token,
            AddressOnly = true,
        }, cancellationToken);
    }

    public async Task<bool> IsUsableAsync(string? token, CancellationToken cancellationToken) =>
        await FindAsync(token, cancellationToken) is not null;

    /// <summary>Sets the new password; returns the problem, or null on success.</summary>
    public async Task<string?> ResetAsync(string? token, string password, string confirmation, CancellationToken cancellationToken)
    {
        var reset = await FindAsync(token, cancellationToken);
        if (reset is null)
            return InvalidLink;
        if (Passwords.Check(password, confirmation) is { } problem)
            return problem;
        var user = await db.Users.SingleAsync(u => u.Id == reset.UserId, cancellationToken);
        if (user.SecurityStamp != reset.SecurityStamp || user.Disabled || user.IsDemo)
            return InvalidLink;
        var now = DateTime.UtcNow;
        user.SetPassword(Passwords.Hash(password));
        foreach (var pending in await db.PasswordResets.Where(r => r.UserId == user.Id && r.UsedUtc == null).ToListAsync(cancellationToken))
            pending.Use(now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.password_reset", $"'{user.Name}' chose a new password through a reset link.", cancellationToken);
        await notifier.NotifyAsync(new Notification([user.Name], "Password changed",
            $"The password of the account {user.Name} was changed through a reset link. If it was not you, contact your help desk at once."), cancellationToken);
        return null;
    }

    public const string InvalidLink = "This link is not valid any more: it was used already or is older than one hour. Ask for a new one.";

    private async Task<PasswordReset?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
            return null;
        var hash = Tokens.Hash(token);
        var reset = await db.PasswordResets.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return reset is not null && reset.IsUsable(DateTime.UtcNow) ? reset : null;
    }
}
