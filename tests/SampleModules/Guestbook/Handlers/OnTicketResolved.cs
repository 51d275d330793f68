using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Guestbook.Data;
using NodePoint.Modules.Guestbook.Domain;

namespace NodePoint.Modules.Guestbook.Handlers;

/// <summary>A third-party module reacting to another module's event: a resolved ticket signs the guestbook.</summary>
internal sealed class OnTicketResolved(GuestbookDbContext db) : IEventHandler<TicketResolved>
{
    public async Task HandleAsync(TicketResolved e, CancellationToken cancellationToken)
    {
        db.Entries.Add(GuestbookEntry.Create(e.ResolvedBy, $"Ticket {e.TicketId} is {e.Status}: {e.Resolution}"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
