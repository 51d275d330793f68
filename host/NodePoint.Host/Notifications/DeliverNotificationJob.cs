using Hangfire;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Notifications;
using NodePoint.Host.Data;

namespace NodePoint.Host.Notifications;

/// <summary>
/// Delivers one message through one channel. A failure is recorded in the audit log and the delivery is scheduled
/// again after a growing delay (the job itself succeeds, so nothing is lost while a server is down); after the last
/// attempt the job fails and stays visible in the jobs dashboard. A delivery already accepted is never repeated.
/// </summary>
internal sealed class DeliverNotificationJob(
    IEnumerable<INotificationChannel> channels, HostDbContext db, IAuditLog audit, IBackgroundJobClient jobs,
    NotificationRetryPolicy retries, ILogger<DeliverNotificationJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string channelName, NotificationDelivery delivery, int attempt, CancellationToken cancellationToken)
    {
        if (await db.SentNotifications.AnyAsync(s => s.Id == delivery.Id, cancellationToken))
            return;
        var channel = channels.FirstOrDefault(c => c.Name == channelName);
        if (channel is null || !channel.IsActive)
        {
            logger.LogWarning("Notification {Id} to {User} dropped: channel {Channel} is no longer active", delivery.Id, delivery.UserName, channelName);
            return;
        }
        try
        {
            await channel.DeliverAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var delay = retries.DelayAfter(attempt);
            var error = ex.GetBaseException().Message.TrimEnd('.');
            var what = $"'{delivery.Title}' to {delivery.UserName} ({delivery.Address ?? "no address"}) by {channelName}";
            if (delay is null)
            {
                await audit.RecordAsync("notification.failed", $"Gave up on {what} after {attempt + 1} attempts: {error}.", cancellationToken);
                throw;
            }
            await audit.RecordAsync("notification.retry", $"Could not deliver {what} (attempt {attempt + 1}): {error}. Next try in {delay.Value.TotalSeconds:0} s.", cancellationToken);
            jobs.Schedule<DeliverNotificationJob>(job => job.RunAsync(channelName, delivery, attempt + 1, CancellationToken.None), delay.Value);
            return;
        }
        db.SentNotifications.Add(new SentNotification { Id = delivery.Id, Channel = channelName, SentUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}
