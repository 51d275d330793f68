using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Plugins.Mail.Tests;

/// <summary>Ticket events through the whole pipeline to a real SMTP server: the right mails to the right confirmed people.</summary>
public class TicketMailTests
{
    [Fact]
    public async Task A_ticket_event_mails_exactly_the_confirmed_people_concerned()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (host, admin) = await MailSite.StartAsync(smtp.Port, components: "tickets");
        using var _ = host;
        await Users.CreateAsync(admin, "alice", 1, "alice@example.org");
        await Users.CreateAsync(admin, "bob", 3, "bob@example.org");
        await Users.CreateAsync(admin, "carol", 1, "carol@example.org");
        var codes = (await smtp.WaitForAsync(3)).ToDictionary(m => m.To.Mailboxes.Single().Address, m => m.TextBody!.Split("code is: ")[1][..16]);
        var alice = await ConfirmedAsync(host, "alice", codes["alice@example.org"]);
        var bob = await ConfirmedAsync(host, "bob", codes["bob@example.org"]);
        var carol = await Users.LoggedInAsync(host, "carol"); // never confirms
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await bob.PostFormAsync("/projects/1", [], postUrl: "/projects/1?handler=AutoAssign");

        var filed = await alice.PostFormAsync("/tickets/new", ("project", "1"), ("title", "Paper jam"), ("description", "Tray 2"), ("priority", "High"));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await carol.PostFormAsync("/tickets/1", [], postUrl: "/tickets/1?handler=Follow");
        (await bob.PostFormAsync("/tickets/1", [new("text", "On my way.")], postUrl: "/tickets/1?handler=Comment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mails = (await smtp.WaitForAsync(5, settle: TimeSpan.FromSeconds(3))).Skip(3).ToList();
        mails.Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).ShouldBe(
        [
            ("bob@example.org", "Acme Help Desk - New ticket (1) assigned to you"),
            ("alice@example.org", "Acme Help Desk - New comment to ticket (1)"),
        ], ignoreOrder: true);
        mails.Single(m => m.Subject!.Contains("comment")).TextBody!.ShouldContain("https://help.example.org/tickets/1");
    }

    private static async Task<HttpClient> ConfirmedAsync(TestHost host, string name, string code)
    {
        var client = await Users.LoggedInAsync(host, name);
        (await client.PostFormAsync("/account/confirm-email", ("code", code))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}
