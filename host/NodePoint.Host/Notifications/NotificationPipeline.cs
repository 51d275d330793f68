using Hangfire;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Notifications;

namespace NodePoint.Host.Notifications;

/// <summary>
/// The one way modules notify users. Address-based channels (mail) reach only enabled users with a confirmed
/// address (or any stored address for <see cref="Notification.EvenIfUnconfirmed"/>); other channels (the
/// notification program) run for every recipient. Each recipient and channel gets its own job; nothing is
/// sent inside the request, and large recipient lists are expanded by a job too.
/// </summary>
internal sealed class NotificationPipeline(
    IEnumerable<INotificationChannel> channels, IEnumerable<IUserDirectory> directories, NotificationRenderer renderer,
    IBackgroundJobClient jobs, ILogger<NotificationPipeline> logger) : INotifier
{
    public bool CanDeliver => channels.Any(c => c.IsActive && c.NeedsAddress);

    /// <summary>Up to this many recipients are queued in the request; more go through one fan-out job, so a ticket with a thousand followers still answers at once.</summary>
    public const int QueuedInRequest = 25;

    public async Task NotifyAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        var names = notification.Recipients.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!channels.Any(c => c.IsActive) || names.Count == 0)
        {
            logger.LogDebug("Notification '{Subject}' to {Recipients} not sent: no delivery channel is active", notification.Subject, string.Join(", ", names));
            return;
        }
        if (names.Count > QueuedInRequest)
        {
            var all = notification with { Recipients = names };
            jobs.Enqueue<FanOutNotificationJob>(job => job.RunAsync(all, CancellationToken.None));
            return;
        }
        await QueueDeliveriesAsync(notification with { Recipients = names }, cancellationToken);
    }

    /// <summary>One delivery job per recipient and active channel.</summary>
    public async Task QueueDeliveriesAsync(Notification notification, CancellationToken cancellationToken)
    {
        var active = channels.Where(c => c.IsActive && (c.NeedsAddress || !notification.AddressOnly)).ToList();
        var users = directories.FirstOrDefault() is { } directory
            ? (await directory.FindManyAsync(notification.Recipients, cancellationToken)).ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase)
            : [];
        foreach (var name in notification.Recipients)
        {
            var user = users.GetValueOrDefault(name);
            foreach (var channel in active)
            {
                var address = AddressFor(user, notification);
                if (channel.NeedsAddress && address is null)
                    continue;
                var delivery = renderer.Render(notification, user?.Name ?? name, address, channel.Name);
                jobs.Enqueue<DeliverNotificationJob>(job => job.RunAsync(channel.Name, delivery, 0, CancellationToken.None));
            }
        }
    }

    private static string? AddressFor(UserDetails? user, Notification notification) =>
        user is { Disabled: false, Email: { Length: > 0 } email } && (user.EmailConfirmed || notification.EvenIfUnconfirmed) ? email : null;
}
