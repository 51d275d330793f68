using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>Each visibility mode, as a guest, a level-1 user who did not file the ticket, and a level-2 user see it: list, page, search, CSV, attachment.</summary>
public class VisibilityEverywhereTests
{
    [Theory]
    [InlineData("Public", true, true, true)]
    [InlineData("Private", false, true, true)]
    [InlineData("Restricted", false, false, true)]
    public async Task Every_view_of_a_ticket_obeys_the_mode(string mode, bool guestSees, bool levelOneSees, bool levelTwoSees)
    {
        using var desk = await HelpDesk.StartAsync(mode);
        var id = await desk.FileAsync("alice", "Quokka printer");
        (await CommentAttachmentTests.AttachAsync(desk["alice"], id, "trace", "trace.txt", [1, 2])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = CommentAttachmentTests.FileLink(await desk["alice"].TextAsync($"/tickets/{id}"));

        await SeesAsync(desk.Host.Browser(), id, link, guestSees);
        await SeesAsync(desk["carol"], id, link, levelOneSees);
        await SeesAsync(desk["dave"], id, link, levelTwoSees);
        await SeesAsync(desk["alice"], id, link, true);
    }

    private static async Task SeesAsync(HttpClient client, int id, string attachment, bool sees)
    {
        var list = await client.GetAsync("/tickets");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        TicketListTests.Titles(WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync())).Contains("Quokka printer").ShouldBe(sees);
        TicketListTests.Titles(await client.TextAsync("/tickets?q=quokka")).Contains("Quokka printer").ShouldBe(sees);
        (await client.GetAsync($"/tickets/{id}")).StatusCode.ShouldBe(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound);
        (await client.GetAsync(attachment)).StatusCode.ShouldBe(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound);
        var csv = TicketListTests.ParseCsv(await (await client.GetAsync("/tickets/export.csv")).Content.ReadAsStringAsync());
        csv.Any(row => row[3] == "Quokka printer").ShouldBe(sees);
    }
}
