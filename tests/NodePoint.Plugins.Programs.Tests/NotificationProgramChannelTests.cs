using System.Diagnostics;
using NodePoint.Abstractions.Notifications;
using Shouldly;

using NodePoint.Testing;

namespace NodePoint.Plugins.Programs.Tests;

public class NotificationProgramChannelTests : IDisposable
{
    private readonly Scripts _scripts = new();
    private readonly ListLogger<NotificationProgramChannel> _log = new();

    [Fact]
    public async Task Runs_the_program_with_the_recipient_title_and_message()
    {
        var marker = _scripts.PathOf("marker");
        var channel = Channel(new() { ["ext_plugin"] = $"{_scripts.Recorder()} --to %user% %title% %message%" });
        var delivery = Delivery("alice", title: $"Ticket (12) $(touch {marker})", text: $"Line one `touch {marker}`\n\"it's\" ; touch {marker}");

        await channel.DeliverAsync(delivery, TestContext.Current.CancellationToken);

        _scripts.RecordedArguments().ShouldBe(["--to", "alice", delivery.Title, delivery.Text]);
        File.Exists(marker).ShouldBeFalse();
        _log.Lines.ShouldBe(["Information: Notification program for alice (n-1): exit code 0"]);
    }

    [Fact]
    public async Task The_exit_code_is_only_logged()
    {
        var channel = Channel(new() { ["ext_plugin"] = _scripts.Write("refuse", "exit 4") });

        await channel.DeliverAsync(Delivery("bob"), TestContext.Current.CancellationToken);

        _log.Lines.ShouldBe(["Information: Notification program for bob (n-1): exit code 4"]);
    }

    [Fact]
    public async Task A_program_that_hangs_fails_the_delivery_at_the_time_limit()
    {
        var channel = Channel(new() { ["ext_plugin"] = _scripts.Write("hang", "sleep 120"), ["programs_timeout"] = "1" });
        var clock = Stopwatch.StartNew();

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => channel.DeliverAsync(Delivery("carol"), TestContext.Current.CancellationToken));

        failure.Message.ShouldBe("stopped after 1 s");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        _log.Lines.ShouldBe(["Warning: Notification program for carol (n-1): stopped after 1 s"]);
    }

    [Fact]
    public async Task A_missing_program_fails_the_delivery()
    {
        var channel = Channel(new() { ["ext_plugin"] = "/no/such/notify %user%" });

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => channel.DeliverAsync(Delivery("dave"), TestContext.Current.CancellationToken));

        failure.Message.ShouldBe("/no/such/notify could not start: it was not found.");
        _log.Lines.ShouldBe(["Warning: Notification program for dave (n-1): /no/such/notify could not start: it was not found."]);
    }

    [Fact]
    public void Is_active_only_while_switched_on_with_a_program_set()
    {
        var channel = Channel(new() { ["ext_plugin"] = "/usr/bin/true" });

        channel.IsActive.ShouldBeTrue();
        channel.Name.ShouldBe("program");
        channel.NeedsAddress.ShouldBeFalse();
        Channel(new() { ["ext_plugin"] = "" }).IsActive.ShouldBeFalse();
        Channel(new() { ["ext_plugin"] = "/usr/bin/true" }, enabled: false).IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task Delivers_nothing_once_switched_off()
    {
        var channel = Channel(new() { ["ext_plugin"] = _scripts.Recorder() }, enabled: false);

        await channel.DeliverAsync(Delivery("erin"), TestContext.Current.CancellationToken);

        File.Exists(_scripts.PathOf("args")).ShouldBeFalse();
    }

    private NotificationProgramChannel Channel(Dictionary<string, string> settings, bool enabled = true)
    {
        var fakes = new Fakes(settings, enabled);
        return new NotificationProgramChannel(new ProgramHookRunner(fakes, fakes), _log);
    }

    private static NotificationDelivery Delivery(string user, string title = "New ticket created", string text = "Hello") =>
        new("n-1", user, null, "NodePoint - " + title, title, text, "<p>" + text + "</p>", null);

    public void Dispose() => _scripts.Dispose();
}
