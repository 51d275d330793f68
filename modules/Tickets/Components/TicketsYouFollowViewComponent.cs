using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Components;

/// <summary>"Tickets you follow".</summary>
public sealed class TicketsYouFollowViewComponent : TicketPanel
{
    private protected override string Title => "Tickets you follow";

    private protected override IQueryable<Ticket> Select(TicketsDbContext db, string normalizedUser) =>
        db.Tickets.Where(t => db.Followers.Any(f => f.TicketId == t.Id && f.NormalizedUserName == normalizedUser));
}
