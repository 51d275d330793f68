using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Tickets;

namespace NodePoint.Modules.Tickets.Handlers;

/// <summary>Tells the author, assignees and followers (never the commenter) about a new comment.</summary>
internal sealed class OnTicketCommented(INotifier notifier) : IEventHandler<TicketCommented>
{
    public Task HandleAsync(TicketCommented e, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Notification(e.Recipients, $"New comment to ticket ({e.TicketId})",
            $"User: {e.Author}\nTicket: {e.Title}\n\n{e.Text}")
        { Link = $"/tickets/{e.TicketId}" }, cancellationToken);
}
