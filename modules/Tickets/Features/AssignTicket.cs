using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Adds a user to a ticket's assignees on someone's behalf (the NodePoint-compatible API's <c>assign_ticket</c>): a
/// history row, <see cref="TicketChanged"/> to the ticket's other people and <see cref="TicketAssigned"/> for the new
/// assignee. Someone already assigned is not added twice.
/// </summary>
internal sealed class AssignTicket(TicketsDbContext db, IEventBus events)
{
    /// <summary>Assigns <paramref name="assignee"/> (an existing user's stored name); false when they already were.</summary>
    public async Task<bool> AssignAsync(Ticket ticket, string assignee, string assignedBy, CancellationToken cancellationToken)
    {
        var normalized = assignee.ToUpperInvariant();
        if (await db.Assignees.AnyAsync(a => a.TicketId == ticket.Id && a.NormalizedUserName == normalized, cancellationToken))
            return false;
        // The assignee hears through TicketAssigned, so the change notice goes to the others.
        var recipients = (await TicketRecipients.ForAsync(db, ticket, assignedBy, [], cancellationToken))
            .Where(r => !string.Equals(r, assignee, StringComparison.OrdinalIgnoreCase)).ToList();
        db.Assignees.Add(TicketPerson.Create(ticket.Id, assignee));
        var change = TicketChange.Create(ticket.Id, assignedBy, "Assigned", "", assignee);
        db.Changes.Add(change);
        ticket.Touch();
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new TicketChanged(ticket.Id, ticket.Title, ticket.Status.ToString(), ticket.Resolution, assignedBy,
            [change.Describe()], recipients), cancellationToken);
        await events.PublishAsync(new TicketAssigned(ticket.Id, ticket.Title, assignee, assignedBy), cancellationToken);
        return true;
    }
}
