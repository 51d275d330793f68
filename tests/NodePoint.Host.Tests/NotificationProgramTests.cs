using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

/// <summary>The notification program runs for every notification, through the job server, with untouched arguments.</summary>
public class NotificationProgramTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nodepoint-notify-").FullName;

    [Fact]
    public async Task Each_notification_runs_the_program_with_the_recipient_title_and_message()
    {
        var script = Path.Combine(_folder, "notify");
        File.WriteAllText(script, $"#!/bin/bash\nprintf '%s\\n' \"$#\" \"$@\" >> '{_folder}/calls'\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: "programs"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        (await AdminSettings.SaveAsync(admin, ("ext_plugin", script + " --to=%user% %title% %message%"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Users.CreateAsync(admin, "ivan", 1); // no email: the program still runs, as in NodePoint 1.x

        await admin.PostFormAsync("/users/ivan", [new("password", "reset-pass-1"), new("password_confirmation", "reset-pass-1")], postUrl: "/users/ivan?handler=Password");

        var calls = Path.Combine(_folder, "calls");
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
