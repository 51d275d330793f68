using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

/// <summary>The notification program runs for every notification, through the job server, with untouched arguments.</summary>
public class NotificationProgramTests : IDisposable
{
    private readonly Scripts _scripts = new();
    private string Folder => _scripts.Folder;

    [Fact]
    public async Task Each_notification_runs_the_program_with_the_recipient_title_and_message()
    {
        var script = _scripts.Write("notify", $"printf '%s\\n' \"$#\" \"$@\" >> '{Folder}/calls'");
        using var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: "programs"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        (await AdminSettings.SaveAsync(admin, ("ext_plugin", script + " --to=%user% %title% %message%"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Users.CreateAsync(admin, "ivan", 1); // no email: the program still runs, as in NodePoint 1.x

        await admin.PostFormAsync("/users/ivan", [new("password", "reset-pass-1"), new("password_confirmation", "reset-pass-1")], postUrl: "/users/ivan?handler=Password");

        var calls = Path.Combine(Folder, "calls");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(calls))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the notification program did not run within 30 s");
            await Task.Delay(200);
        }
        await Task.Delay(500);
        var lines = File.ReadAllText(calls);
        lines.ShouldStartWith("3\n--to=ivan\nPassword reset\nYour password was reset by chief.");
    }

    [Fact]
    public async Task A_notification_to_many_people_is_expanded_by_a_job_not_in_the_request()
    {
        var script = _scripts.Write("notify", $"printf '%s\\n' \"$1\" >> '{Folder}/many'");
        using var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: "programs"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        (await AdminSettings.SaveAsync(admin, ("ext_plugin", script + " %user%"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var recipients = Enumerable.Range(1, 40).Select(i => $"person{i:D2}").ToList();

        using (var scope = host.Services.CreateScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<NodePoint.Abstractions.Notifications.INotifier>();
            await notifier.NotifyAsync(new NodePoint.Abstractions.Notifications.Notification(recipients, "Outage", "The printers are down."));
            File.Exists(Path.Combine(Folder, "many")).ShouldBeFalse("nothing runs inside the caller");
        }

        var calls = Path.Combine(Folder, "many");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(calls) || File.ReadAllLines(calls).Length < recipients.Count)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the notification program did not run for everyone within 60 s");
            await Task.Delay(200);
        }
        await Task.Delay(500);
        File.ReadAllLines(calls).Order().ShouldBe(recipients);
    }

    [Fact]
    public async Task New_and_updated_tickets_run_their_programs_with_untouched_values()
    {
        var script = _scripts.Write("hook", $"printf '%s\\n' \"$#\" \"$@\" >> '{Folder}/hook-calls'");
        using var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: ["programs", "tickets"]))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        (await AdminSettings.SaveAsync(admin, ("newticket_plugin", script + " new %ticket% %title%"), ("ticket_plugin", script + " changed %ticket% %status% %resolution%"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await admin.PostFormAsync("/projects/new", ("name", "Servers"), ("visibility", "Public"));
        var title = "Disk full $(touch " + Folder + "/PWNED); `id` \"quoted\" 'single'";

        (await admin.PostFormAsync("/tickets/new", ("project", "1"), ("title", title), ("priority", "Normal"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await admin.PostFormAsync("/tickets/1", [new("title", title), new("release", ""), new("priority", "Normal"), new("status", "Resolved"), new("resolution", "a; rm -rf b")], postUrl: "/tickets/1?handler=Edit");

        var calls = Path.Combine(Folder, "hook-calls");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(calls) || File.ReadAllLines(calls).Length < 9)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the ticket programs did not both run within 30 s");
            await Task.Delay(200);
        }
        // Each call wrote its argument count, then its arguments; the two jobs may run in either order.
        var lines = File.ReadAllLines(calls);
        var runs = new List<string[]>();
        for (var i = 0; i < lines.Length; i += int.Parse(lines[i]) + 1)
            runs.Add(lines[(i + 1)..(i + 1 + int.Parse(lines[i]))]);
        runs.ShouldContain(r => r.SequenceEqual(new[] { "new", "1", title }));
        runs.ShouldContain(r => r.SequenceEqual(new[] { "changed", "1", "Resolved", "a; rm -rf b" }));
        // The exit code and output are in each job's history (its result in the jobs dashboard).
        var monitoring = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var deadlineForResults = DateTime.UtcNow.AddSeconds(10);
        while (monitoring.SucceededJobs(0, 50).Count(j => j.Value.Result?.ToString()?.Contains("exit code 0") == true) < 2)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadlineForResults, "the jobs' results do not show the exit code");
            await Task.Delay(200);
        }
        File.Exists(Path.Combine(Folder, "PWNED")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_command_line_with_an_unknown_variable_is_refused_when_saved()
    {
        using var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: "programs"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);

        var response = await AdminSettings.SaveAsync(admin, ("ext_plugin", "/usr/bin/logger %user% %serial%"), ("checkout_plugin", "/bin/echo 'unclosed"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Notification program uses the unknown variable %serial%");
        html.ShouldContain("Checkout program has an unclosed single quote.");
    }

    public void Dispose() => _scripts.Dispose();
}
