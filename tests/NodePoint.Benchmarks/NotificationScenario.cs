using System.Diagnostics;
using System.Text;

namespace NodePoint.Benchmarks;

/// <summary>
/// 1,000 notifications queued and delivered: with the host stopped, the mail plugin is switched on and pointed at a
/// local SMTP sink, 1,000 seeded users get confirmed addresses and follow one open ticket; the host starts with a
/// short job poll, one comment is posted on that ticket (legacy add_comment), and the clock runs until the sink
/// has all the messages.
/// </summary>
internal static class NotificationScenario
{
    public const int Messages = 1_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<(NotificationResult Result, long PeakRss)> RunAsync(BenchOptions options, string runFolder, string logFile, int ticketId, string writeKey)
    {
        await using var sink = new SmtpSink();
        var db = new BenchDatabase(runFolder);
        await db.EnableMailAsync(sink.Port);
        var expected = await db.AddConfirmedFollowersAsync(ticketId, Messages);
        var poll = options.JobPollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = HostProcess.Start(options.HostFolder, runFolder, logFile, $"--NodePoint:JobPollSeconds={poll}");
        await host.WaitForAsync("/health");

        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        var posted = sink.Now;
        var request = Stopwatch.StartNew();
        using var response = await client.PostAsync("/", new StringContent(
            $"api=add_comment&key={writeKey}&id={ticketId}&comment=Benchmark+comment+for+{expected}+followers.", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var answer = await response.Content.ReadAsStringAsync();
        var commentRequest = request.Elapsed;
        if (!answer.Contains("\"status\": \"OK\"", StringComparison.Ordinal))
        {
            var problem = $"add_comment on ticket {ticketId} answered {(int)response.StatusCode}: {answer.ReplaceLineEndings(" ").Trim()}";
            return (new NotificationResult(expected, 0, commentRequest, null, TimeSpan.Zero, false, options.JobPollSeconds, problem), host.Memory().Peak);
        }

        Console.WriteLine($"  the comment request took {commentRequest.TotalMilliseconds:N0} ms");
        var nextReport = commentRequest + TimeSpan.FromSeconds(5);
        while (sink.Count < expected && sink.Now - posted < Patience)
        {
            await Task.Delay(20);
            if (sink.Now - posted is var elapsed && elapsed >= nextReport)
            {
                Console.WriteLine($"  notifications: {sink.Count:N0} of {expected:N0} delivered after {elapsed.TotalSeconds:N0} s");
                nextReport = elapsed + TimeSpan.FromSeconds(5);
            }
        }
        var received = sink.Count;
        var result = new NotificationResult(expected, received, commentRequest, sink.First - posted, sink.Last - posted, received < expected, options.JobPollSeconds,
            received < expected ? $"only {received:N0} of {expected:N0} messages arrived within {Patience.TotalMinutes:0} minutes; see {logFile}" : null);
        return (result, host.Memory().Peak);
    }
}
