using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.SignIn;

/// <summary>
/// Checks a login: the admin, then users (by a configured directory or program, else by local password), with
/// throttling per account and per address. The answer to a failure never says whether the account exists.
/// </summary>
internal sealed class UserSignIn(AccountsDbContext db, IAdminAccount admin, ExternalLogin external, LoginThrottle throttle, IAuditLog audit)
{
    public const string WrongCredentials = "Wrong user name or password.";

    public async Task<SignInResult> SignInAsync(string name, string password, string? address, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length > 50 || password.Length > Passwords.MaximumLength)
            return SignInResult.Refused(WrongCredentials);
        var normalized = UserName.Normalize(name);
        if (throttle.TryReserve(normalized, address) is { } wait)
        {
            await audit.RecordAsync("login.throttled", $"Login for '{name}' refused: too many failed attempts.", cancellationToken);
            return SignInResult.Refused($"Too many failed attempts. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes and try again.");
        }

        if (string.Equals(name, admin.Name, StringComparison.OrdinalIgnoreCase))
        {
            var principal = admin.SignIn(name, password);
            return principal is null
                ? await FailAsync(name, cancellationToken)
                : await SucceedAsync(principal, normalized, address, null, cancellationToken);
        }

        var (user, error) = await CheckUserAsync(name, password, cancellationToken);
        if (error is not null)
            return SignInResult.Refused(error);
        if (user is null)
            return await FailAsync(name, cancellationToken);
        if (user.Disabled)
        {
            await audit.RecordAsync("login.disabled", $"Disabled user '{user.Name}' tried to log in.", cancellationToken);
            return SignInResult.Refused("This account is disabled. Please contact a user manager.");
        }
        var previous = user.LastLoginUtc;
        user.RecordLogin(DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await SucceedAsync(SessionClaims.Create(user.Name, user.Level, UserKind.User, user.SecurityStamp), normalized, address, previous, cancellationToken);
    }

    private async Task<(User? User, string? Error)> CheckUserAsync(string name, string password, CancellationToken cancellationToken)
    {
        if (!UserName.IsWellFormed(name) || password.Length == 0 || password.Length > Passwords.MaximumLength)
            return (null, null);
        if (external.Active is { } authenticator)
            return await external.CheckAsync(authenticator, name, password, cancellationToken);
        var normalized = UserName.Normalize(name);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
        if (!Passwords.Verify(user?.PasswordHash, password, out var needsRehash))
            return (null, null);
        if (needsRehash)
            user!.UpgradePasswordHash(Passwords.Hash(password));
        return (user, null);
    }

    // The attempt was already counted when it was reserved.
    private async Task<SignInResult> FailAsync(string name, CancellationToken cancellationToken)
    {
        await audit.RecordAsync("login.failed", $"Failed login for '{name}'.", cancellationToken);
        return SignInResult.Refused(WrongCredentials);
    }

    private async Task<SignInResult> SucceedAsync(System.Security.Claims.ClaimsPrincipal principal, string normalized, string? address, DateTime? previous, CancellationToken cancellationToken)
    {
        throttle.Succeeded(normalized, address);
        await audit.RecordAsync("login.succeeded", $"'{principal.Identity!.Name}' logged in.", cancellationToken);
        return new SignInResult(principal, null, previous);
    }
}
