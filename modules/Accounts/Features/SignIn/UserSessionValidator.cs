using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.SignIn;

/// <summary>
/// Runs on every request of a signed-in user: a disabled account or a changed password (new stamp) ends the session;
/// a changed level takes effect at once with a renewed cookie.
/// </summary>
internal sealed class UserSessionValidator(AccountsDbContext db) : IUserSessionValidator
{
    public async Task<ClaimsPrincipal?> ValidateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var normalized = UserName.Normalize(principal.Identity?.Name ?? "");
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedName == normalized)
            .Select(u => new { u.Name, u.Level, u.Disabled, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.Disabled || user.SecurityStamp != principal.FindFirstValue(SessionClaims.Stamp))
            return null;
        return user.Level == SessionClaims.LevelOf(principal)
            ? principal
            : SessionClaims.Create(user.Name, user.Level, UserKind.User, user.SecurityStamp);
    }
}
