using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Host.Data;

namespace NodePoint.Host.Pages.Settings;

/// <summary>The audit log, newest first, filtered by event, user and dates, a page at a time.</summary>
[RequireLevel(AccessLevel.Admin)]
internal sealed class SettingsAuditModel(HostDbContext db) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public string? Action { get; private set; }
    public string? Actor { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(string? action, string? actor, DateOnly? from, DateOnly? to, int? page, CancellationToken cancellationToken)
    {
        Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim();
        Actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
        From = from;
        To = to;
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);

        var query = db.Audit.AsNoTracking();
        if (Action is not null)
            query = query.Where(a => a.Action == Action);
        if (Actor is not null)
            query = query.Where(a => a.Actor == Actor);
        if (From is { } start)
            query = query.Where(a => a.AtUtc >= start.ToDateTime(TimeOnly.MinValue));
        if (To is { } end)
            query = query.Where(a => a.AtUtc < end.AddDays(1).ToDateTime(TimeOnly.MinValue));

        var rows = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
        Actions = await db.Audit.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    public string LinkTo(int page) => QueryHelpers.AddQueryString("/settings/audit", new Dictionary<string, string?>
    {
        ["action"] = Action, ["actor"] = Actor, ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["page"] = page.ToString(),
    });
}
