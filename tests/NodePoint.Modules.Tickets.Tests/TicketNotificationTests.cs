using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>Ticket events reach the author, assignees and followers, never the person who acted.</summary>
public class TicketNotificationTests
{
    [Fact]
    public async Task Each_event_notifies_exactly_the_people_concerned()
    {
        using var desk = await HelpDesk.StartAsync();

        var id = await desk.FileAsync("alice", "Paper jam");
        Recipients(desk, $"New ticket ({id}) assigned to you").ShouldBe(["bob"]);

        (await desk["carol"].PostFormAsync($"/tickets/{id}", [], postUrl: $"/tickets/{id}?handler=Follow")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk.CommentAsync("bob", id, "Which tray?")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Recipients(desk, $"New comment to ticket ({id})").ShouldBe(["alice", "carol"]);

        (await desk.EditAsync("bob", id, "Resolved", "Tray 2 cleaned.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = desk.Mail.Sent.Single(n => n.Subject == $"Ticket ({id}) has been modified");
        changed.Recipients.Order().ShouldBe(["alice", "carol"]);
        changed.Text.ShouldContain("Status: New → Resolved");
        changed.Text.ShouldContain("Resolution: (none) → Tray 2 cleaned.");
        changed.Link.ShouldBe($"/tickets/{id}");

        (await desk.CommentAsync("alice", id, "Thanks!")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        desk.Mail.Sent.Last().Recipients.Order().ShouldBe(["bob", "carol"]);
    }

    [Fact]
    public async Task A_new_assignee_is_told_unless_they_took_the_ticket_themselves()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");
        await Users.CreateAsync(desk.Admin, "erin", 3);
        var erin = await Users.LoggedInAsync(desk.Host, "erin");

        (await erin.PostFormAsync($"/tickets/{id}", [new("title", "Paper jam"), new("release", "1.0"), new("priority", "High"), new("status", "Open"),
            new("resolution", ""), new("assign_me", "true")], postUrl: $"/tickets/{id}?handler=Edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await new LegacyApiClient(desk.Host.Browser()).WriteAsync("assign_ticket", ("id", id.ToString()), ("user", "dave"))).ShouldBeOk("Ticket updated.");

        var told = desk.Mail.Sent.Where(n => n.Subject == $"Ticket ({id}) assigned to you").ShouldHaveSingleItem();
        told.Recipients.ShouldBe(["dave"]);
        told.Text.ShouldBe("Assigned by: api\nTitle: Paper jam");
        told.Link.ShouldBe($"/tickets/{id}");
        (await desk["dave"].TextAsync($"/tickets/{id}")).ShouldContain("api — Assigned: (none) → dave");
    }

    private static List<string> Recipients(HelpDesk desk, string subject) =>
        desk.Mail.Sent.Where(n => n.Subject == subject).SelectMany(n => n.Recipients).Order().ToList();
}
