using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Components;

/// <summary>"Tickets you created".</summary>
public sealed class TicketsYouCreatedViewComponent : TicketPanel
{
    private protected override string Title => "Tickets you created";

    private protected override IQueryable<Ticket> Select(TicketsDbContext db, string normalizedUser) =>
        db.Tickets.Where(t => t.NormalizedCreatedBy == normalizedUser);
}
