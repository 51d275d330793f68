using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class TicketLifeTests
{
    [Fact]
    public async Task Every_status_but_new_and_open_needs_a_resolution_and_changes_are_recorded()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");

        var refused = await desk.EditAsync("bob", id, "Hold");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("A ticket set to Hold needs a resolution.");
        (await desk.EditAsync("bob", id, "Open", assignMe: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await desk["alice"].TextAsync($"/tickets/{id}");
        page.ShouldContain("bob — Status: New → Open");
        page.ShouldContain("<dd class=\"col-7\">Open</dd>");
    }

    [Fact]
    public async Task Levels_decide_who_files_comments_and_updates()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");

        (await desk["zoe"].GetAsync("/tickets/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.Host.Browser().GetAsync("/tickets/new")).Headers.Location!.AbsolutePath.ShouldBe("/login");
        (await desk.EditAsync("alice", id, "Closed", "mine")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.CommentAsync("zoe", id, "me too")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await desk.EditAsync("bob", id, "Closed", "Done")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await desk.CommentAsync("alice", id, "reopen please");
        (await closed.Content.ReadAsStringAsync()).ShouldContain("Closed tickets take no more comments.");
    }

    [Fact]
    public async Task A_bad_ticket_is_refused_whole()
    {
        using var desk = await HelpDesk.StartAsync();

        var response = await desk["alice"].PostFormAsync("/tickets/new", ("project", "1"), ("release", "9.9"), ("title", new string('t', 100)), ("description", "kept"), ("priority", "Urgent"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Choose one of the project's releases.");
        html.ShouldContain("Enter a title of at most 99 characters.");
        html.ShouldContain("Choose a priority.");
        (await desk["alice"].TextAsync("/tickets")).ShouldContain("No tickets to show.");
    }

    [Fact]
    public async Task Restricted_visibility_shows_levels_0_and_1_only_their_own_tickets()
    {
        using var desk = await HelpDesk.StartAsync("Restricted");
        var alices = await desk.FileAsync("alice", "Alice's printer");

        (await desk["alice"].TextAsync("/tickets")).ShouldContain("Alice's printer");
        (await desk["carol"].TextAsync("/tickets")).ShouldNotContain("Alice's printer");
        (await desk["carol"].GetAsync($"/tickets/{alices}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk["dave"].TextAsync("/tickets")).ShouldContain("Alice's printer");
        (await desk.Host.Browser().GetAsync($"/tickets/{alices}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Guests_file_tickets_only_when_allowed()
    {
        using var desk = await HelpDesk.StartAsync(guestTickets: true);
        var guest = desk.Host.Browser();

        var response = await guest.PostFormAsync("/tickets/new", ("project", "1"), ("release", ""), ("title", "Visitor's issue"), ("description", ""), ("priority", "Normal"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["dave"].TextAsync("/tickets")).ShouldContain("Visitor's issue");
        (await desk["dave"].TextAsync("/tickets")).ShouldContain("<td>Guest</td>");
    }

    [Fact]
    public async Task The_home_page_lists_the_open_tickets_one_created_follows_and_is_assigned()
    {
        using var desk = await HelpDesk.StartAsync();
        var jam = await desk.FileAsync("alice", "Paper jam");
        var toner = await desk.FileAsync("alice", "Toner low");
        await desk["carol"].PostFormAsync($"/tickets/{jam}", [], postUrl: $"/tickets/{jam}?handler=Follow");
        (await desk.EditAsync("bob", toner, "Closed", "Replaced")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var alices = await desk["alice"].TextAsync("/");
        alices.ShouldContain("Tickets you created");
        alices.ShouldContain($"{jam}: Paper jam");
        alices.ShouldNotContain("Toner low"); // closed tickets leave the home page
        (await desk["carol"].TextAsync("/")).ShouldContain("Tickets you follow");
        var bobs = await desk["bob"].TextAsync("/");
        bobs.ShouldContain("Tickets assigned to you");
        bobs.ShouldContain($"{jam}: Paper jam");
        (await desk["zoe"].TextAsync("/")).ShouldNotContain("ticket-panel");
    }
}
