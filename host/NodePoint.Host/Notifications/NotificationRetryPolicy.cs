using Hangfire;
using NodePoint.Abstractions.Notifications;

namespace NodePoint.Host.Notifications;

/// <summary>
/// Schedules the next delivery attempt after a failure: minutes at first, then hours, for about three days in all.
/// The waits are configurable (<c>NodePoint:NotificationRetrySeconds</c>, comma-separated) so tests retry within seconds.
/// </summary>
internal sealed class NotificationRetryPolicy(IReadOnlyList<TimeSpan> delays, IBackgroundJobClient jobs)
{
    private static readonly int[] DefaultSeconds = [30, 120, 300, 900, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 86400];

    public static NotificationRetryPolicy From(IConfiguration configuration, IBackgroundJobClient jobs)
    {
        var configured = configuration["NodePoint:NotificationRetrySeconds"];
        var seconds = string.IsNullOrWhiteSpace(configured)
            ? DefaultSeconds
            : configured.Split(',').Select(Parse).ToArray();
        return new NotificationRetryPolicy(seconds.Select(s => TimeSpan.FromSeconds(s)).ToList(), jobs);
    }

    /// <summary>Schedules attempt <paramref name="failedAttempt"/> + 1 and returns its wait, or null when that was the last attempt.</summary>
    public TimeSpan? ScheduleNext(string channel, NotificationDelivery delivery, int failedAttempt)
    {
        if (failedAttempt >= delays.Count)
            return null;
        jobs.Schedule<DeliverNotificationJob>(job => job.RunAsync(channel, delivery, failedAttempt + 1, CancellationToken.None), delays[failedAttempt]);
        return delays[failedAttempt];
    }

    private static int Parse(string value) =>
        int.TryParse(value.Trim(), out var seconds) && seconds > 0
            ? seconds
            : throw new InvalidOperationException($"NodePoint:NotificationRetrySeconds holds '{value}', which is not a positive number of seconds.");
}
