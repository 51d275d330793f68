namespace NodePoint.Benchmarks;

/// <summary>Everything measured at one size, for the console and the Markdown report.</summary>
internal sealed class SizeResult(int size, SeedFolder.Plan plan)
{
    public int Size => size;
    public SeedFolder.Plan Plan => plan;
    public TimeSpan ColdStartHealth { get; set; }
    public TimeSpan ColdStartHome { get; set; }
    public long RssAfterStart { get; set; }
    public long PeakRssLoad { get; set; }
    public long PeakRssNotifications { get; set; }
    public List<ScenarioResult> Scenarios { get; } = [];
    public NotificationResult? Notifications { get; set; }
    public long PeakRss => Math.Max(PeakRssLoad, PeakRssNotifications);
}

/// <summary>One scenario's figures, with what the sample request before or after the run found wrong, if anything.</summary>
internal sealed record ScenarioResult(Scenario Scenario, WrkResult Wrk, string? Problem);

/// <summary>
/// The notification scenario: one comment on a ticket with <paramref name="Expected"/> followers with confirmed addresses;
/// <paramref name="Received"/> messages arrived, the last <paramref name="ToLast"/> after the comment was posted.
/// </summary>
internal sealed record NotificationResult(int Expected, int Received, TimeSpan CommentRequest, TimeSpan? ToFirst, TimeSpan ToLast, bool TimedOut, double PollSeconds, string? Problem);
