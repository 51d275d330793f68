using System.Collections.Concurrent;
using NodePoint.Abstractions.Notifications;

namespace NodePoint.Testing;

/// <summary>
/// Stands in for the notification pipeline (another component's contract) and keeps what would be mailed, so
/// tests can read a confirmation code or reset link back as the user would from their mailbox.
/// </summary>
public sealed class CapturedNotifications : INotifier
{
    private readonly ConcurrentQueue<Notification> _sent = new();

    public bool CanDeliver { get; set; } = true;

    public IReadOnlyList<Notification> Sent => _sent.ToList();

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(notification);
        return Task.CompletedTask;
    }

    /// <summary>The newest notification to <paramref name="user"/> with <paramref name="subject"/>.</summary>
    public Notification Last(string user, string subject) =>
        Sent.Last(n => n.Subject == subject && n.Recipients.Contains(user, StringComparer.OrdinalIgnoreCase));
}
