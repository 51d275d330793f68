using NodePoint.Abstractions.Notifications;

namespace NodePoint.Host.Notifications;

/// <summary>
/// The notification pipeline while no mail plugin is installed: nothing can be delivered, and each dropped
/// notification is logged (subject and recipients only, never the text, which may hold codes).
/// </summary>
internal sealed class UnavailableNotifier(ILogger<UnavailableNotifier> logger) : INotifier
{
    public bool CanDeliver => false;

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Notification '{Subject}' to {Recipients} not sent: no mail delivery is installed", notification.Subject, string.Join(", ", notification.Recipients));
        return Task.CompletedTask;
    }
}
