using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.SignIn;

/// <summary>
/// Login through a configured directory or authentication program: the account is created at the first accepted
/// login with the default level and no password. Errors go to the audit log for the admin, never to the user.
/// </summary>
internal sealed class ExternalLogin(IEnumerable<IExternalAuthenticator> authenticators, AccountsDbContext db, ISettings settings, IAuditLog audit, IAdminAccount admin)
{
    public IExternalAuthenticator? Active => authenticators.Where(a => a.IsConfigured).OrderBy(a => a.Order).FirstOrDefault();

    /// <summary>The user when the check accepts; no user and no error when it rejects; an error when it could not check.</summary>
    public async Task<(User? User, string? Error)> CheckAsync(IExternalAuthenticator authenticator, string name, string password, CancellationToken cancellationToken)
    {
        if (UserName.Check(name, admin.Name) is not null)
            return (null, null); // reserved names never get an account, whatever the directory says
        var result = await authenticator.AuthenticateAsync(name, password, cancellationToken);
        switch (result.Outcome)
        {
            case ExternalAuthenticationOutcome.Unavailable:
                await audit.RecordAsync("login.unavailable", $"{authenticator.Name} could not check '{name}': {result.Detail}", cancellationToken);
                return (null, "Your login could not be checked right now. Please try again later; the administrator can see why in the audit log.");
            case ExternalAuthenticationOutcome.Rejected:
                return (null, null);
        }
        var normalized = UserName.Normalize(name);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
        if (user is not null)
            return (user, null);
        var level = (AccessLevel)Math.Clamp(settings.GetInt("default_lvl"), 0, 5);
        user = User.CreateExternal(name.Trim(), authenticator.Name, level);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A simultaneous first login created the account first.
            db.Users.Remove(user);
            return (await db.Users.SingleAsync(u => u.NormalizedName == normalized, cancellationToken), null);
        }
        await audit.RecordAsync("user.created", $"User '{user.Name}' created at first login through {authenticator.Name}, level {(int)level}.", cancellationToken);
        return (user, null);
    }
}
