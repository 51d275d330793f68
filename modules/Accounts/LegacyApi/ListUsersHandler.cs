using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Accounts.Data;

namespace NodePoint.Modules.Accounts.LegacyApi;

/// <summary>
/// <c>list_users</c> (read key): every account in the order they were created, disabled ones included, as
/// <c>{name, access_level, email}</c>. The admin account is never listed.
/// </summary>
internal sealed class ListUsersHandler(AccountsDbContext db, IAdminAccount admin) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if (request.CheckKey() is { } refused)
            return refused;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Name, u.Level, u.Email }).ToListAsync(cancellationToken);
        return LegacyApiResponse.Ok("Users list.").With("users", users
            .Where(u => !string.Equals(u.Name, admin.Name, StringComparison.OrdinalIgnoreCase))
            .Select(u => new LegacyApiObject { { "name", u.Name }, { "access_level", (int)u.Level }, { "email", u.Email ?? "" } }));
    }
}
