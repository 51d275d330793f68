using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Components;

/// <summary>"Tickets assigned to you".</summary>
public sealed class TicketsAssignedToYouViewComponent : TicketPanel
{
    private protected override string Title => "Tickets assigned to you";

    private protected override IQueryable<Ticket> Select(TicketsDbContext db, string normalizedUser) =>
        db.Tickets.Where(t => db.Assignees.Any(a => a.TicketId == t.Id && a.NormalizedUserName == normalizedUser));
}
