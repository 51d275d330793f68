using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>Other components hear "resolved" through the event contract: the sample Guestbook module signs itself when a ticket leaves New/Open.</summary>
public class TicketEventTests
{
    [Fact]
    public async Task A_drop_in_module_hears_a_ticket_resolved_once()
    {
        using var host = new TestHost().WithSampleModule();
        var admin = await FirstRun.ConfiguredAdminAsync(host, "tickets", "guestbook");
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"), ("release", "1.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFormAsync("/tickets/new?project=1", ("project", "1"), ("release", "1.0"), ("title", "Paper jam"), ("description", "d"), ("priority", "Normal"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await EditAsync(admin, "Open", "");
        (await host.Browser().TextAsync("/guestbook")).ShouldNotContain("Ticket 1 is");
        await EditAsync(admin, "Resolved", "Cleared the rollers");
        await EditAsync(admin, "Closed", "Cleared the rollers");

        var guestbook = await host.Browser().TextAsync("/guestbook");
        guestbook.ShouldContain("Ticket 1 is Resolved: Cleared the rollers");
        guestbook.ShouldNotContain("Ticket 1 is Closed");
    }

    private static async Task EditAsync(HttpClient client, string status, string resolution) =>
        (await client.PostFormAsync("/tickets/1", [new("title", "Paper jam"), new("release", "1.0"), new("priority", "Normal"), new("status", status), new("resolution", resolution)],
            postUrl: "/tickets/1?handler=Edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
}
