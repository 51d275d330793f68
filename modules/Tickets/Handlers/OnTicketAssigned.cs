using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Tickets;

namespace NodePoint.Modules.Tickets.Handlers;

/// <summary>Tells a new assignee about the ticket when someone else assigned them (not when they took it themselves).</summary>
internal sealed class OnTicketAssigned(INotifier notifier) : IEventHandler<TicketAssigned>
{
    public Task HandleAsync(TicketAssigned e, CancellationToken cancellationToken) =>
        string.Equals(e.Assignee, e.AssignedBy, StringComparison.OrdinalIgnoreCase)
            ? Task.CompletedTask
            : notifier.NotifyAsync(new Notification([e.Assignee], $"Ticket ({e.TicketId}) assigned to you",
                $"Assigned by: {e.AssignedBy}\nTitle: {e.Title}")
            { Link = $"/tickets/{e.TicketId}" }, cancellationToken);
}
