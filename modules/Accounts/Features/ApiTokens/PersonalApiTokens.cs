using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.ApiTokens;

/// <summary>A signed-in user's API tokens: make one (its secret shown once), list them, revoke one; and the check behind bearer authentication.</summary>
internal sealed class PersonalApiTokens(AccountsDbContext db, ICurrentUser user, IAuditLog audit) : IApiTokenAuthenticator
{
    public async Task<IReadOnlyList<ApiToken>> MineAsync(CancellationToken cancellationToken)
    {
        var me = UserName.Normalize(user.Name);
        var userId = await db.Users.Where(u => u.NormalizedName == me).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Makes a token named <paramref name="name"/>; returns its secret, or an error.</summary>
    public async Task<(string? Secret, string? Error)> CreateAsync(string name, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > ApiToken.MaxName)
            return (null, $"Name the token (at most {ApiToken.MaxName} characters), so you know later where it is used.");
        var me = UserName.Normalize(user.Name);
        var userId = await db.Users.Where(u => u.NormalizedName == me).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
            return (null, "Only user accounts can have API tokens.");
        if (await db.ApiTokens.CountAsync(t => t.UserId == userId, cancellationToken) >= ApiToken.MaxPerUser)
            return (null, $"You already have {ApiToken.MaxPerUser} tokens; revoke one first.");
        var (token, secret) = ApiToken.Create(userId.Value, name);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.api_token_created", $"{user.Name}: '{name}' ({token.Prefix}…)", cancellationToken);
        return (secret, null);
    }

    public async Task<string?> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var me = UserName.Normalize(user.Name);
        var token = await db.ApiTokens.Where(t => t.Id == id && db.Users.Any(u => u.Id == t.UserId && u.NormalizedName == me)).SingleOrDefaultAsync(cancellationToken);
        if (token is null)
            return "That token does not exist any more.";
        db.ApiTokens.Remove(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.api_token_revoked", $"{user.Name}: '{token.Name}' ({token.Prefix}…)", cancellationToken);
        return null;
    }

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (!ApiToken.LooksLikeToken(token))
            return null;
        var hash = Tokens.Hash(token);
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Id, t.LastUsedUtc, u.Name, u.Level, u.Disabled, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Disabled)
            return null;
        var now = DateTime.UtcNow;
        if (found.LastUsedUtc is null || found.LastUsedUtc < now.AddMinutes(-10))
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), cancellationToken);
        return SessionClaims.Create(found.Name, found.Level, UserKind.User, found.SecurityStamp);
    }
}
