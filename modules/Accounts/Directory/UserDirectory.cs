using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Accounts;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Directory;

/// <summary>Answers other modules' questions about users.</summary>
internal sealed class UserDirectory(AccountsDbContext db) : IUserDirectory
{
    public async Task<UserDetails?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await FindManyAsync([name], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<UserDetails>> FindManyAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var normalized = names.Select(UserName.Normalize).Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => normalized.Contains(u.NormalizedName))
            .Select(u => new UserDetails(u.Id, u.Name, u.Level, u.Email, u.EmailConfirmed, u.Disabled, u.LastLoginUtc))
            .ToListAsync(cancellationToken);
    }
}
