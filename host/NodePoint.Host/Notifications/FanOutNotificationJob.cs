using NodePoint.Abstractions.Notifications;

namespace NodePoint.Host.Notifications;

/// <summary>Expands a notification with many recipients into one delivery job each, outside the request that caused it.</summary>
internal sealed class FanOutNotificationJob(NotificationPipeline pipeline)
{
    public Task RunAsync(Notification notification, CancellationToken cancellationToken) =>
        pipeline.QueueDeliveriesAsync(notification, cancellationToken);
}
