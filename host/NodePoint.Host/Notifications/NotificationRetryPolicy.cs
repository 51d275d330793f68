namespace NodePoint.Host.Notifications;

/// <summary>
/// How long to wait before each new delivery attempt: minutes at first, then hours, for about three days in all.
/// Configurable (<c>NodePoint:NotificationRetrySeconds</c>, comma-separated) so tests can retry within seconds.
/// </summary>
internal sealed class NotificationRetryPolicy(IReadOnlyList<TimeSpan> delays)
{
    private static readonly int[] DefaultSeconds = [30, 120, 300, 900, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 86400];

    public static NotificationRetryPolicy From(IConfiguration configuration)
    {
        var configured = configuration["NodePoint:NotificationRetrySeconds"];
        var seconds = string.IsNullOrWhiteSpace(configured)
            ? DefaultSeconds
            : configured.Split(',').Select(Parse).ToArray();
        return new NotificationRetryPolicy(seconds.Select(s => TimeSpan.FromSeconds(s)).ToList());
    }

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (0-based), or null when it was the last.</summary>
    public TimeSpan? DelayAfter(int attempt) => attempt < delays.Count ? delays[attempt] : null;

    private static int Parse(string value) =>
        int.TryParse(value.Trim(), out var seconds) && seconds > 0
            ? seconds
            : throw new InvalidOperationException($"NodePoint:NotificationRetrySeconds holds '{value}', which is not a positive number of seconds.");
}
