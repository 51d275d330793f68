using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>The ticket calls publish the ticket events, so the new-ticket and ticket-update programs run as for the pages.</summary>
public sealed class TicketProgramsTests : IDisposable
{
    private readonly Scripts _scripts = new();

    [Fact]
    public async Task Add_ticket_and_update_ticket_run_the_ticket_programs()
    {
        var calls = _scripts.PathOf("calls");
        var hook = _scripts.Write("hook", $"printf '%s\\n' \"$#\" \"$@\" >> '{calls}'");
        await using var site = await ApiSite.StartAsync("tickets", "programs");
        await site.SaveSettingsAsync(("newticket_plugin", hook + " new %ticket% %user% %title%"), ("ticket_plugin", hook + " changed %ticket% %status% %resolution% %user%"));
        await site.AddProjectAsync("Servers", release: "1.0");

        (await site.Api.WriteAsync("add_ticket", ("product_id", "1"), ("release_id", "1.0"), ("title", "Disk full; `id`"), ("description", "d"))).ShouldBeOk("Ticket 1 added.");
        (await site.Api.WriteAsync("update_ticket", ("id", "1"), ("status", "Closed"))).ShouldBeOk("Ticket updated.");

        var runs = await RunsAsync(calls, 2);
        runs.ShouldContain(r => r.SequenceEqual(new[] { "new", "1", "api", "Disk full; `id`" }));
        runs.ShouldContain(r => r.SequenceEqual(new[] { "changed", "1", "Closed", "", "api" }));
    }

    /// <summary>The recorded runs (each wrote its argument count, then its arguments), once there are <paramref name="count"/>.</summary>
    private static async Task<List<string[]>> RunsAsync(string file, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = new List<string[]>();
            var lines = File.Exists(file) ? File.ReadAllLines(file) : [];
            for (var i = 0; i < lines.Length && int.TryParse(lines[i], out var n) && i + n < lines.Length; i += n + 1)
                runs.Add(lines[(i + 1)..(i + 1 + n)]);
            if (runs.Count >= count)
                return runs;
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the ticket programs did not run {count} times within 30 s");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _scripts.Dispose();
}
