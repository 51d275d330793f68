using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Tickets;

namespace NodePoint.Modules.Tickets.Handlers;

/// <summary>Tells the author, assignees and followers (never the editor) what changed.</summary>
internal sealed class OnTicketChanged(INotifier notifier) : IEventHandler<TicketChanged>
{
    public Task HandleAsync(TicketChanged e, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Notification(e.Recipients, $"Ticket ({e.TicketId}) has been modified",
            $"Modified by: {e.ChangedBy}\nTitle: {e.Title}\nStatus: {e.Status}\nResolution: {e.Resolution}\n\n{string.Join("\n", e.Changes)}")
        { Link = $"/tickets/{e.TicketId}" }, cancellationToken);
}
