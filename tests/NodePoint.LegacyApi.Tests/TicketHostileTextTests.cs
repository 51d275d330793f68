using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>Whatever goes into a ticket through the ticket calls comes back exactly (carriage returns aside, as 1.7.4), in answers that parse.</summary>
public class TicketHostileTextTests(TicketHostileTextTests.Site site) : IClassFixture<TicketHostileTextTests.Site>
{
    private const string Script = "<script>alert(1)</script>' OR 1=1 --";
    private const string Mixed = "He said \"hi\" \\ C:\\temp\\new\nsecond line\r\n\ttabbed & <b>bold</b> ünïcødé ✓ \u0001\u001f end";

    public sealed class Site : TicketSite
    {
        protected override Task SeedAsync() => AddProjectAsync("Hostile", release: Script);
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Titles_descriptions_comments_and_resolutions_round_trip(LegacyApiTransport transport)
    {
        var api = site.Api.Using(transport);
        var title = Script + " \"q\" \\ " + (int)transport;

        var added = await api.WriteAsync("add_ticket", ("product_id", "1"), ("release_id", Script), ("title", title), ("description", Mixed));
        var id = added.Message.Split(' ')[1];
        (await api.WriteAsync("add_comment", ("id", id), ("comment", Mixed))).ShouldBeOk("Comment added.");
        (await api.WriteAsync("update_ticket", ("id", id), ("status", "Resolved"), ("resolution", Script + " \\ \"done\""), ("summary", Script + "\n" + Mixed)))
            .ShouldBeOk("Ticket updated.");

        var shown = await api.ReadAsync("show_ticket", ("id", id));
        (shown["title"], shown["release_id"], shown["description"]).ShouldBe((title, Script, Mixed.Replace("\r", "")));
        shown["resolution"].ShouldBe(Script + " \\ \"done\"");
        shown.Items("comments").Select(c => c["comment"]).ShouldBe([Mixed.Replace("\r", ""), Script + "\n" + Mixed.Replace("\r", "")]);
        (await api.ReadAsync("list_tickets", ("product_id", "1"))).Items("tickets").ShouldContain(t => t["title"] == title && t["release_id"] == Script);
        shown.Text.ShouldNotContain("\t");
        shown.Text.ShouldNotContain("\r");
        shown.Text.ShouldNotContain("\u0001");
        (await site.Admin.TextAsync($"/tickets/{id}")).ShouldContain("api — Resolution: (none) → " + Script + " \\ \"done\"");
    }
}
