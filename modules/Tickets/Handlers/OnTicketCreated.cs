using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Tickets;

namespace NodePoint.Modules.Tickets.Handlers;

/// <summary>Tells the users auto-assigned to the project (never the filer) that a ticket arrived.</summary>
internal sealed class OnTicketCreated(INotifier notifier) : IEventHandler<TicketCreated>
{
    public Task HandleAsync(TicketCreated e, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Notification(e.Assignees.Where(a => !string.Equals(a, e.CreatedBy, StringComparison.OrdinalIgnoreCase)).ToList(),
            $"New ticket ({e.TicketId}) assigned to you",
            $"User: {e.CreatedBy}\nProject: {e.ProjectName} {e.Release}\nPriority: {e.Priority}\nTitle: {e.Title}\n\n{e.Description}")
        { Link = $"/tickets/{e.TicketId}" }, cancellationToken);
}
