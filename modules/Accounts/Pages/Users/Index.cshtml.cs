using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Pages.Users;

/// <summary>Users management: every account, filtered by level and name, sorted by name, a page at a time.</summary>
[RequireLevel(AccessLevel.UsersManagement)]
internal sealed class UsersIndexModel(AccountsDbContext db) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<User> Users { get; private set; } = [];
    public string? Query { get; private set; }
    public int? Level { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(string? q, int? level, int? page, CancellationToken cancellationToken)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Level = level is >= 0 and <= 5 ? level : null;
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        var users = db.Users.AsNoTracking();
        if (Level is { } only)
            users = users.Where(u => u.Level == (AccessLevel)only);
        if (Query is not null)
        {
            var prefix = UserName.Normalize(Query);
            users = users.Where(u => u.NormalizedName.StartsWith(prefix));
        }
        var rows = await users.OrderBy(u => u.NormalizedName).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Users = rows.Take(PageSize).ToList();
    }

    public string LinkTo(int page) => QueryHelpers.AddQueryString("/users", new Dictionary<string, string?>
    {
        ["q"] = Query, ["level"] = Level?.ToString(), ["page"] = page.ToString(),
    });
}
