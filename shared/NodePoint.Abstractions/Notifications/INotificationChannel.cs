namespace NodePoint.Abstractions.Notifications;

/// <summary>
/// A way notifications leave NodePoint, offered by a plugin: mail, the notification program. The pipeline queues one
/// job per recipient and channel; <see cref="DeliverAsync"/> runs inside that job and throws to have it retried.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Short stable name, such as "mail"; part of job ids and the audit log.</summary>
    string Name { get; }

    /// <summary>True when the channel's component is on and its settings are filled in.</summary>
    bool IsActive { get; }

    /// <summary>True when the channel sends to the user's address, so only confirmed addresses receive it.</summary>
    bool NeedsAddress { get; }

    /// <summary>Delivers one message to one recipient; must not deliver twice for the same <see cref="NotificationDelivery.Id"/>.</summary>
    Task DeliverAsync(NotificationDelivery delivery, CancellationToken cancellationToken);
}
