namespace NodePoint.Abstractions.Notifications;

/// <summary>The notification pipeline every module uses. Sending is queued as jobs; nothing is sent inside a web request.</summary>
public interface INotifier
{
    /// <summary>True when mail can be delivered (a mail plugin is installed and configured).</summary>
    bool CanDeliver { get; }

    /// <summary>Queues <paramref name="notification"/> for its recipients.</summary>
    Task NotifyAsync(Notification notification, CancellationToken cancellationToken = default);
}
