using Hangfire;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Notifications;

namespace NodePoint.Host.Notifications;

/// <summary>
/// The one way modules notify users. Address-based channels (mail) reach only enabled users with a confirmed
/// address (or any stored address for <see cref="Notification.EvenIfUnconfirmed"/>); other channels (the
/// notification program) run for every recipient. Each recipient and channel gets its own job; nothing is
/// sent inside the request.
/// </summary>
internal sealed class NotificationPipeline(
    IEnumerable<INotificationChannel> channels, IEnumerable<IUserDirectory> directories, NotificationRenderer renderer,
    IBackgroundJobClient jobs, ILogger<NotificationPipeline> logger) : INotifier
{
    public bool CanDeliver => channels.Any(c => c.IsActive && c.NeedsAddress);

    public async Task NotifyAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        var active = channels.Where(c => c.IsActive && (c.NeedsAddress || !notification.AddressOnly)).ToList();
        var names = notification.Recipients.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (active.Count == 0 || names.Count == 0)
        {
            logger.LogInformation("Notification '{Subject}' to {Recipients} not sent: no delivery channel is active", notification.Subject, string.Join(", ", names));
            return;
        }
        var users = directories.FirstOrDefault() is { } directory
            ? (await directory.FindManyAsync(names, cancellationToken)).ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase)
            : [];
        foreach (var name in names)
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
