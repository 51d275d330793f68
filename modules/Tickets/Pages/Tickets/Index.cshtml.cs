using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>The tickets this visitor may see, newest first, a page at a time.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class TicketsIndexModel(TicketsDbContext db, TicketVisibility visibility, FileTicket filing) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<Ticket> Tickets { get; private set; } = [];
    public TicketStatus? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }
    public bool MayFile => filing.MayFile;

    public async Task OnGetAsync(string? status, int? page, CancellationToken cancellationToken)
    {
        Status = Enum.TryParse<TicketStatus>(status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        var tickets = visibility.Filter(db.Tickets.AsNoTracking());
        if (Status is { } only)
            tickets = tickets.Where(t => t.Status == only);
        var rows = await tickets.OrderByDescending(t => t.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Tickets = rows.Take(PageSize).ToList();
    }
}
