using Hangfire;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Notifications;
using NodePoint.Host.Data;

namespace NodePoint.Host.Notifications;

/// <summary>
/// Delivers one message through one channel. A failure is recorded in the audit log and the delivery is scheduled
/// again after a growing delay (the job itself succeeds, so nothing is lost while a server is down); after the last
/// attempt the job fails and stays visible in the jobs dashboard. A delivery already accepted is never repeated, and
/// mail is dropped when its recipient was disabled or changed address while it waited.
/// </summary>
internal sealed class DeliverNotificationJob(
    IEnumerable<INotificationChannel> channels, IEnumerable<IUserDirectory> directories, HostDbContext db, IAuditLog audit,
    NotificationRetryPolicy retries, ILogger<DeliverNotificationJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string channelName, NotificationDelivery delivery, int attempt, CancellationToken cancellationToken)
    {
        if (await db.SentNotifications.AnyAsync(s => s.Id == delivery.Id, cancellationToken))
            return;
        var channel = channels.FirstOrDefault(c => c.Name == channelName);
        var dropped = channel is null || !channel.IsActive ? $"channel {channelName} is no longer active"
            : channel.NeedsAddress && !await StillReachableAsync(delivery, cancellationToken) ? "the recipient was disabled or changed address"
            : null;
        if (dropped is not null)
        {
            logger.LogWarning("Notification {Id} to {User} dropped: {Reason}", delivery.Id, delivery.UserName, dropped);
            return;
        }
        try
        {
            await channel!.DeliverAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = ex.GetBaseException().Message.TrimEnd('.');
            var what = $"'{delivery.Title}' to {delivery.UserName} ({delivery.Address ?? "no address"}) by {channelName}";
            if (retries.ScheduleNext(channelName, delivery, attempt) is not { } delay)
            {
                await audit.RecordAsync("notification.failed", $"Gave up on {what} after {attempt + 1} attempts: {error}.", cancellationToken);
                throw;
            }
            await audit.RecordAsync("notification.retry", $"Could not deliver {what} (attempt {attempt + 1}): {error}. Next try in {delay.TotalSeconds:0} s.", cancellationToken);
            return;
        }
        db.SentNotifications.Add(new SentNotification { Id = delivery.Id, Channel = channelName, SentUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> StillReachableAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (directories.FirstOrDefault() is not { } directory)
            return true;
        var user = await directory.FindAsync(delivery.UserName, cancellationToken);
        return user is { Disabled: false } && string.Equals(user.Email, delivery.Address, StringComparison.OrdinalIgnoreCase);
    }
}
