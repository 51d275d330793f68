using System.Globalization;
using System.Text;

namespace NodePoint.Benchmarks;

/// <summary>The figures as console rows and as the Markdown report (one table per size, then start-up, notifications and memory).</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly TimeSpan ColdStartTarget = TimeSpan.FromSeconds(3);
    private const long MemoryTarget = 400_000_000;

    public static string Megabytes(long bytes) => (bytes / 1e6).ToString("N0", Invariant) + " MB";

    public static string ConsoleRow(ScenarioResult r) =>
        $"  {r.Scenario.Name,-22} {r.Wrk.RequestsPerSecond.ToString("N0", Invariant),9} req/s   p50 {Ms(r.Wrk.P50Ms),7} ms   p95 {Ms(r.Wrk.P95Ms),7} ms   p99 {Ms(r.Wrk.P99Ms),7} ms"
        + $"   errors {r.Wrk.Errors}/{r.Wrk.Failed}"
        + (r.Scenario.Target is { } t ? $"   target {t.Text}: {(t.IsMet(r.Wrk) ? "met" : "missed")}" : "")
        + (r.Problem is { } p ? $"\n    problem: {p}" : "")
        + (r.Wrk.FirstError is { } e ? $"\n    first failed answer: {e}" : "");

    public static string NotificationLine(NotificationResult n) => n.Problem is not null && n.Received == 0
        ? $"  notifications: {n.Problem}"
        : $"  notifications: {n.Received:N0} of {n.Expected:N0} delivered; last {Seconds(n.ToLast)} after the comment was posted"
          + $" (first {(n.ToFirst is { } first ? Seconds(first) : "-")}; the comment request took {Ms(n.CommentRequest.TotalMilliseconds)} ms)"
          + (n.Problem is { } p ? $"; {p}" : "");

    public static string Markdown(BenchOptions options, IReadOnlyList<SizeResult> sizes, DateTime started)
    {
        var md = new StringBuilder();
        md.AppendLine("# NodePoint benchmark results").AppendLine();
        md.AppendLine($"Run {started:yyyy-MM-dd HH:mm} (local time) on {Environment.ProcessorCount} cores, {Environment.OSVersion}; the host is the Release build in `{options.HostFolder}`.");
        md.AppendLine($"Load: `wrk -t{options.Threads} -c{options.Connections} -d{options.DurationSeconds}s --timeout 30s --latency` over loopback, after a {options.WarmupSeconds} s warm-up per scenario whose figures are dropped; wrk runs on the same machine and shares its cores with the host.");
        md.AppendLine("The targets are the issue's, stated for 1,000,000 tickets and 16 concurrent users; at other sizes they are shown for comparison only. The benchmark never fails on a time.");
        md.AppendLine("Errors: requests without an answer (connection errors and timeouts) / answers that were not a success (HTTP 4xx/5xx, or a legacy answer whose status is not OK).");
        md.AppendLine("MB are 10^6 bytes.").AppendLine();
        foreach (var size in sizes)
            AppendSize(md, size);
        md.AppendLine("## Scenarios").AppendLine();
        if (sizes.FirstOrDefault()?.Scenarios is { Count: > 0 } scenarios)
            foreach (var s in scenarios)
                md.AppendLine($"- **{s.Scenario.Name}**: {Escape(s.Scenario.Description)}");
        md.AppendLine("- **cold start**: from starting `dotnet NodePoint.Host.dll` with every module and plugin to the first 200 from `/health`, then from the home page `/` (not logged in).");
        md.AppendLine($"- **notifications**: {NotificationScenario.Messages:N0} users with confirmed addresses follow one open ticket; the mail plugin sends to an SMTP server the harness runs on loopback; one legacy `add_comment` on the ticket, then the time until the server has every message (the host started with `--NodePoint:JobPollSeconds={options.JobPollSeconds.ToString(Invariant)}`).");
        md.AppendLine("- **peak memory**: the host process's VmHWM (/proc/<pid>/status) at the end of the load scenarios and of the notification run.");
        md.AppendLine().AppendLine("wrk's own output for each run is in `wrk/`, the scripts in `lua/`, the host's log in `host-<size>.log`.");
        return md.ToString();
    }

    private static void AppendSize(StringBuilder md, SizeResult size)
    {
        var plan = size.Plan;
        md.AppendLine($"## {size.Size:N0} tickets").AppendLine();
        md.AppendLine($"Seeded: {plan.Tickets:N0} tickets, {plan.Users:N0} users, {plan.Projects:N0} projects, about {plan.Comments} comments a ticket (seed version {plan.Version}).").AppendLine();
        md.AppendLine("| scenario | req/s | p50 ms | p95 ms | p99 ms | errors / not success | target | met? |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in size.Scenarios)
        {
            var target = r.Scenario.Target;
            md.AppendLine($"| {r.Scenario.Name} | {r.Wrk.RequestsPerSecond.ToString("N0", Invariant)} | {Ms(r.Wrk.P50Ms)} | {Ms(r.Wrk.P95Ms)} | {Ms(r.Wrk.P99Ms)} | {r.Wrk.Errors} / {r.Wrk.Failed} | "
                          + $"{target?.Text ?? ""} | {(target is null ? "" : target.IsMet(r.Wrk) ? "yes" : "**no**")} |");
        }
        md.AppendLine();
        md.AppendLine("| measure | value | target | met? |");
        md.AppendLine("|---|---|---|---|");
        md.AppendLine($"| cold start to first 200 from /health | {Seconds(size.ColdStartHealth)} | < 3 s | {YesNo(size.ColdStartHealth < ColdStartTarget)} |");
        md.AppendLine($"| cold start to first 200 of the home page | {Seconds(size.ColdStartHome)} | | |");
        md.AppendLine($"| resident memory after start | {Megabytes(size.RssAfterStart)} | | |");
        md.AppendLine($"| peak resident memory, load scenarios | {Megabytes(size.PeakRssLoad)} | < 400 MB | {YesNo(size.PeakRssLoad < MemoryTarget)} |");
        md.AppendLine($"| peak resident memory, notification run | {Megabytes(size.PeakRssNotifications)} | < 400 MB | {YesNo(size.PeakRssNotifications < MemoryTarget)} |");
        if (size.Notifications is { } n)
            md.AppendLine($"| {n.Expected:N0} notifications: comment posted to last delivery | "
                          + (n.Received == 0 ? "none delivered" : $"{Seconds(n.ToLast)} ({n.Received:N0} delivered; first after {(n.ToFirst is { } f ? Seconds(f) : "-")}; comment request {Ms(n.CommentRequest.TotalMilliseconds)} ms)")
                          + " | | |");
        var problems = size.Scenarios.Where(r => r.Problem is not null || r.Wrk.FirstError is not null)
            .Select(r => $"{r.Scenario.Name}: {r.Problem ?? ""}{(r.Problem is not null && r.Wrk.FirstError is not null ? "; " : "")}{(r.Wrk.FirstError is { } e ? "first failed answer: " + e : "")}")
            .Concat(size.Notifications?.Problem is { } np ? [$"notifications: {np}"] : [])
            .ToList();
        if (problems.Count > 0)
        {
            md.AppendLine().AppendLine("Problems:").AppendLine();
            foreach (var problem in problems)
                md.AppendLine($"- {Escape(problem)}");
        }
        md.AppendLine();
    }

    private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "N2" : milliseconds < 100 ? "N1" : "N0", Invariant);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("N2", Invariant) + " s";

    private static string YesNo(bool met) => met ? "yes" : "**no**";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;");
}
