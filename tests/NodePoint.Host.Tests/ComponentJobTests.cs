using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Host.Jobs;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class ComponentJobTests
{
    [Fact]
    public async Task A_module_recurring_job_is_scheduled_while_enabled_and_removed_while_disabled()
    {
        using var host = new TestHost().WithSampleModule();
        var client = await FirstRun.ConfiguredAdminAsync(host, "guestbook");

        RecurringJobIds(host).ShouldContain("guestbook:digest");

        await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"));
        RecurringJobIds(host).ShouldNotContain("guestbook:digest");

        await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "true"));
        RecurringJobIds(host).ShouldContain("guestbook:digest");
    }

    [Fact]
    public async Task A_job_of_a_disabled_module_does_not_run_and_runs_again_once_enabled()
    {
        using var host = new TestHost().WithSampleModule();
        var client = await FirstRun.ConfiguredAdminAsync(host, "guestbook");
        await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"));

        // A run that was already queued when the admin switched the module off.
        host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<RecurringJobRunner>(r => r.RunAsync("guestbook:digest", CancellationToken.None));
        await WaitUntilAsync(host, "Job guestbook:digest skipped: component guestbook is disabled");
        host.Logs.Lines.ShouldNotContain(l => l.Contains("Guestbook digest"));

        await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "true"));
        host.Services.GetRequiredService<IRecurringJobManager>().Trigger("guestbook:digest");
        await WaitUntilAsync(host, "Guestbook digest: 0 entries");
    }

    private static List<string> RecurringJobIds(TestHost host)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).ToList();
    }

    private static async Task WaitUntilAsync(TestHost host, string logged)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!host.Logs.Lines.Any(l => l.Contains(logged)))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"'{logged}' was not logged within 30 s; log:\n" + string.Join("\n", host.Logs.Lines));
            await Task.Delay(200);
        }
    }
}
