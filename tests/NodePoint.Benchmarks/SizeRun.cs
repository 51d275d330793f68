namespace NodePoint.Benchmarks;

/// <summary>
/// One size from start to end: seed (or reuse) its data folder, copy it, apply the bench settings, start the host and
/// time its cold start, log in as <c>agent</c>, run every load scenario with wrk, read the host's peak memory, then
/// the notification scenario on a second start of the same copy.
/// </summary>
internal sealed class SizeRun(BenchOptions options, WrkRunner wrk)
{
    private const string Agent = "agent";
    private const string SeedPassword = "seed-pass-1";

    public async Task<SizeResult> RunAsync(int size)
    {
        var plan = SeedFolder.Plan.For(size);
        var seed = new SeedFolder(Path.Combine(options.OutFolder, $"data-{size}"), plan);
        await seed.EnsureAsync(options.HostFolder, options.Reseed);
        var result = new SizeResult(size, plan);

        Console.WriteLine($"Copying {seed.Path} to a fresh run folder...");
        var run = seed.CopyTo(Path.Combine(options.OutFolder, $"run-{size}"));
        var db = new BenchDatabase(run);
        await db.ApplyBenchSettingsAsync();
        var (readKey, writeKey) = await db.ApiKeysAsync();
        var maxId = await db.MaxTicketIdAsync();
        var projects = await db.ProjectIdsAsync();
        var open = await db.OpenTicketIdsAsync(5_000);
        if (maxId == 0 || projects.Count == 0 || open.Count == 0)
            throw new BenchFailure($"{seed.Path} holds no tickets, projects or open tickets; run again with --reseed.");

        var log = Path.Combine(options.OutFolder, $"host-{size}.log");
        File.Delete(log);
        await using (var host = HostProcess.Start(options.HostFolder, run, log))
        {
            result.ColdStartHealth = await host.WaitForAsync("/health");
            result.ColdStartHome = await host.WaitForAsync("/");
            result.RssAfterStart = host.Memory().Current;
            Console.WriteLine($"Cold start: /health answered after {result.ColdStartHealth.TotalSeconds:N2} s, the home page after {result.ColdStartHome.TotalSeconds:N2} s; "
                              + $"resident memory {Report.Megabytes(result.RssAfterStart)}.");
            var cookie = await BenchLogin.SessionCookieAsync(host.Address, Agent, SeedPassword);
            var fixture = new BenchFixture(maxId, projects, open, readKey, writeKey, cookie);
            foreach (var scenario in Scenarios.All(fixture))
                result.Scenarios.Add(await RunScenarioAsync(host, scenario, fixture, size));
            result.PeakRssLoad = host.Memory().Peak;
        }

        Console.WriteLine($"Notifications: {NotificationScenario.Messages:N0} followers of ticket {open[0]}, mail to a local SMTP server, job poll {options.JobPollSeconds} s...");
        var (notifications, peak) = await NotificationScenario.RunAsync(options, run, log, open[0], writeKey);
        result.Notifications = notifications;
        result.PeakRssNotifications = peak;
        Console.WriteLine(Report.NotificationLine(notifications));
        Console.WriteLine($"Peak resident memory: {Report.Megabytes(result.PeakRssLoad)} during the load scenarios, {Report.Megabytes(peak)} during the notification run.");
        return result;
    }

    private async Task<ScenarioResult> RunScenarioAsync(HostProcess host, Scenario scenario, BenchFixture fixture, int size)
    {
        var slug = Slug(scenario.Name);
        var script = LuaScript.Write(Path.Combine(options.OutFolder, "lua"), slug, scenario.LuaBody);
        var problem = await SampleCheck.ProblemAsync(host.Address, scenario.Sample, fixture.SessionCookie);
        if (options.WarmupSeconds > 0)
            await wrk.RunAsync(host.Address, script, options.WarmupSeconds, keepOutputAs: null);
        var figures = await wrk.RunAsync(host.Address, script, options.DurationSeconds, keepOutputAs: $"{size}-{slug}");
        problem ??= await SampleCheck.ProblemAsync(host.Address, scenario.Sample, fixture.SessionCookie) is { } after ? "after the run: " + after : null;
        var result = new ScenarioResult(scenario, figures, problem);
        Console.WriteLine(Report.ConsoleRow(result));
        return result;
    }

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split((char[])[' ', ':', '/'], StringSplitOptions.RemoveEmptyEntries));
}
