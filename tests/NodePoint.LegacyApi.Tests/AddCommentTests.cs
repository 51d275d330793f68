using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>add_comment</c> (manual §5.8), through the ticket page's comment rules.</summary>
public class AddCommentTests(AddCommentTests.Site site) : IClassFixture<AddCommentTests.Site>
{
    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            await AddUserAsync("alice");
            await AddUserAsync("carol", 2); // level 2 sees every ticket under the Restricted visibility
            await AddProjectAsync("Desk");
            var alice = await Users.LoggedInAsync(Host, "alice");
            var carol = await Users.LoggedInAsync(Host, "carol");
            var open = await FileAsync(alice, 1, "Printer jams");
            await FollowAsync(carol, open);
            var closed = await FileAsync(alice, 1, "Old problem");
            await EditAsync(Admin, closed, "Old problem", "Closed", "Done");
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Adds_a_comment_by_api_and_tells_the_tickets_people(LegacyApiTransport transport)
    {
        var text = "Ordered a new roller " + (int)transport;

        var answer = await site.Api.Using(transport).WriteAsync("add_comment", ("id", "1"), ("comment", text));

        answer.ShouldBeOk("Comment added.");
        answer.ShouldHaveFields("message", "status");
        var comment = (await site.Api.ReadAsync("show_ticket", ("id", "1"))).Items("comments").Last();
        (comment["name"], comment["comment"], comment["modified_on"]).ShouldBe(("api", text, "Never"));
        (await site.Admin.TextAsync("/tickets/1")).ShouldContain(text);
        var mail = site.Host.Notifications!.Sent.Last(n => n.Subject == "New comment to ticket (1)");
        mail.Recipients.Order().ShouldBe(["alice", "carol"]);
        mail.Text.ShouldContain(text);
        (await site.AuditByApiAsync("ticket.commented")).ShouldContain("Comment added to ticket 1 through the API.");
    }

    [Fact]
    public async Task Checks_the_comment_the_id_its_length_and_the_key_in_order()
    {
        (await site.Api.CallAsync("add_comment")).ShouldBeMissing("comment");
        (await site.Api.CallAsync("add_comment", ("id", "1"))).ShouldBeMissing("comment");
        (await site.Api.CallAsync("add_comment", ("id", "1"), ("comment", "0"))).ShouldBeMissing("comment");
        (await site.Api.CallAsync("add_comment", ("id", "1"), ("comment", " \n "))).ShouldBeMissing("comment");
        (await site.Api.CallAsync("add_comment", ("comment", "c"))).ShouldBeMissing("id");
        (await site.Api.CallAsync("add_comment", ("comment", "c"), ("id", "0"))).ShouldBeMissing("id");
        (await site.Api.CallAsync("add_comment", ("comment", new string('c', 9_999)), ("id", "1")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'comment' argument (at most 9998 characters).");
        (await site.Api.CallAsync("add_comment", ("comment", "c"), ("id", "1"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("add_comment", ("comment", "c"), ("id", "1"), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("add_comment", ("comment", "c"), ("id", "1"), ("key", "wrong"))).ShouldBeInvalidKey();
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    public async Task A_ticket_that_does_not_exist_takes_no_comment(string id)
    {
        var answer = await site.Api.WriteAsync("add_comment", ("id", id), ("comment", "For a future ticket?"));

        answer.ShouldBe("ERR_INVALID_ID", "Ticket not found.");
        foreach (var ticket in new[] { "1", "2" })
            (await site.Api.ReadAsync("show_ticket", ("id", ticket))).Items("comments").ShouldNotContain(c => c["comment"] == "For a future ticket?");
    }

    [Fact]
    public async Task A_closed_ticket_takes_no_comment_as_on_its_page()
    {
        var answer = await site.Api.WriteAsync("add_comment", ("id", "2"), ("comment", "Still broken"));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "Closed tickets take no more comments.");
        (await site.Api.ReadAsync("show_ticket", ("id", "2"))).Items("comments").ShouldBeEmpty();
    }

    [Fact]
    public async Task From_user_is_not_taken_the_author_is_always_api()
    {
        (await site.Api.WriteAsync("add_comment", ("id", "1"), ("comment", "Signed?"), ("from_user", "alice"))).ShouldBeOk("Comment added.");

        (await site.Api.ReadAsync("show_ticket", ("id", "1"))).Items("comments").Last()["name"].ShouldBe("api");
    }
}
