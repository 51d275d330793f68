using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Notifications;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.ManageUsers;

/// <summary>
/// What user managers (level 5 and the admin) do to other accounts: change the level (0-5, never above their
/// own), set a new password, disable or enable. Nobody manages an account above their own level, or themselves.
/// </summary>
internal sealed class UserAdministration(AccountsDbContext db, ICurrentUser actor, INotifier notifier, IAuditLog audit)
{
    public AccessLevel HighestAssignable => actor.Level >= AccessLevel.Admin ? AccessLevel.UsersManagement : actor.Level;

    /// <summary>Why the current user cannot manage <paramref name="user"/>, or null.</summary>
    public string? Refusal(User user) =>
        actor.Kind == UserKind.User && UserName.Normalize(actor.Name) == user.NormalizedName ? "You cannot change your own account here; use your settings page."
        : user.Level > actor.Level ? "You cannot manage an account above your own level."
        : null;

    public async Task<string?> ChangeLevelAsync(User user, int level, CancellationToken cancellationToken)
    {
        if (Refusal(user) is { } refusal)
            return refusal;
        if (level < 0 || level > (int)HighestAssignable)
            return $"Choose a level between 0 and {(int)HighestAssignable}.";
        var before = user.Level;
        user.ChangeLevel((AccessLevel)level);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.level_changed", $"'{user.Name}' changed from level {(int)before} to {level}.", cancellationToken);
        return null;
    }

    public async Task<string?> SetPasswordAsync(User user, string password, string confirmation, CancellationToken cancellationToken)
    {
        if (Refusal(user) is { } refusal)
            return refusal;
        if (user.ExternalSource is not null)
            return $"This account's password is managed by {user.ExternalSource}.";
        if (Passwords.Check(password, confirmation) is { } problem)
            return problem;
        user.SetPassword(Passwords.Hash(password));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.password_set", $"The password of '{user.Name}' was reset by '{actor.Name}'.", cancellationToken);
        await notifier.NotifyAsync(new Notification([user.Name], "Password reset",
            $"Your password was reset by {actor.Name}. Ask them for the new one, then change it under Settings."), cancellationToken);
        return null;
    }

    public async Task<string?> SetDisabledAsync(User user, bool disabled, CancellationToken cancellationToken)
    {
        if (Refusal(user) is { } refusal)
            return refusal;
        if (disabled)
            user.Disable();
        else
            user.Enable();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(disabled ? "user.disabled" : "user.enabled", $"'{user.Name}' was {(disabled ? "disabled" : "enabled")} by '{actor.Name}'.", cancellationToken);
        return null;
    }
}
