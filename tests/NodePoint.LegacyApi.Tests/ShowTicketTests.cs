using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>show_ticket</c> (manual §5.1) in NodePoint 1.7.4's layout.</summary>
public class ShowTicketTests(ShowTicketTests.Site site) : IClassFixture<ShowTicketTests.Site>
{
    public const string Date = @"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 123]\d \d\d:\d\d:\d\d \d{4}$";

    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            foreach (var (name, level) in new[] { ("alice", 1), ("bob", 3), ("carol", 2), ("dave", 3) })
                await AddUserAsync(name, level);
            await AddProjectAsync("Desk", release: "1.0");
            await AddProjectAsync("Back office", "Restricted");
            var alice = await Users.LoggedInAsync(Host, "alice");
            var bob = await Users.LoggedInAsync(Host, "bob");
            var carol = await Users.LoggedInAsync(Host, "carol");
            var dave = await Users.LoggedInAsync(Host, "dave");
            (await bob.PostFormAsync("/projects/1", [], postUrl: "/projects/1?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            var jam = await FileAsync(alice, 1, "Printer jams", "Line one\r\nLine two", "1.0", "High");
            await FollowAsync(carol, jam);
            await FollowAsync(alice, jam);
            await CommentAsync(bob, jam, "Which tray?\r\nTell me.");
            await CommentAsync(alice, jam, "Tray one");
            (await alice.PostFormAsync($"/tickets/{jam}", [new("comment", "2"), new("text", "Tray 2")], postUrl: $"/tickets/{jam}?handler=RewriteComment"))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
            await EditAsync(dave, jam, "Printer jams", "Open", release: "1.0", priority: "High", assignMe: true);
            await EditAsync(bob, jam, "Printer jams", "Resolved", "Cleaned the rollers", "1.0", "High");

            await FileAsync(carol, 1, "Screen flickers", "Since Monday.");
            var closed = await FileAsync(Admin, 2, "Payroll export");
            await EditAsync(Admin, closed, "Payroll export", "Closed", "Done");
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Shows_a_ticket_with_its_people_and_comments_in_the_1_7_4_layout(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).ReadAsync("show_ticket", ("id", "1"));

        answer.ShouldBeOk("Ticket showed.");
        answer.ShouldHaveFields("message", "status", "id", "product_id", "release_id", "created_by", "assigned_to", "title", "description",
            "priority", "status", "resolution", "followers", "created_on", "modified_on", "comments");
        (answer["id"], answer["product_id"], answer["release_id"], answer["created_by"]).ShouldBe(("1", "1", "1.0", "alice"));
        (answer["assigned_to"], answer["title"], answer["description"], answer["priority"]).ShouldBe(("bob dave", "Printer jams", "Line one\nLine two", "High"));
        (answer["resolution"], answer["followers"]).ShouldBe(("Cleaned the rollers", "alice carol"));
        answer["created_on"].ShouldMatch(Date);
        answer["modified_on"].ShouldMatch(Date);
        var comments = answer.Items("comments");
        comments.Count.ShouldBe(2);
        foreach (var comment in comments)
            comment.ShouldHaveFields("id", "name", "comment", "created_on", "modified_on");
        (comments[0]["id"], comments[0]["name"], comments[0]["comment"], comments[0]["modified_on"]).ShouldBe(("1", "bob", "Which tray?\nTell me.", "Never"));
        (comments[1]["id"], comments[1]["name"], comments[1]["comment"]).ShouldBe(("2", "alice", "Tray 2"));
        comments[1]["created_on"].ShouldMatch(Date);
        comments[1]["modified_on"].ShouldMatch(Date);
    }

    [Fact]
    public async Task Both_status_fields_are_sent_and_last_wins_parsers_read_the_tickets()
    {
        var answer = await site.Api.ReadAsync("show_ticket", ("id", "1"));

        answer.Text.ShouldStartWith("{\n \"message\": \"Ticket showed.\",\n \"status\": \"OK\",\n \"id\": \"1\",\n");
        answer.Text.ShouldContain(" \"priority\": \"High\",\n \"status\": \"Resolved\",\n \"resolution\": \"Cleaned the rollers\",\n");
        answer.Status.ShouldBe("OK", "the first status field is the call's");
        TicketSite.TicketStatus(answer).ShouldBe("Resolved");
    }

    [Fact]
    public async Task A_ticket_never_edited_reads_never_and_lists_no_comments()
    {
        var answer = await site.Api.ReadAsync("show_ticket", ("id", "2"));

        (answer["title"], answer["created_by"], answer["assigned_to"], answer["followers"]).ShouldBe(("Screen flickers", "carol", "bob", ""));
        (answer["priority"], answer["resolution"], answer["modified_on"]).ShouldBe(("Normal", "", "Never"));
        answer.Text.ShouldEndWith(" \"status\": \"New\",\n \"resolution\": \"\",\n \"followers\": \"\",\n \"created_on\": \"" + answer["created_on"]
            + "\",\n \"modified_on\": \"Never\",\n \"comments\": [\n\n ]\n}\n");
    }

    [Fact]
    public async Task Any_ticket_is_shown_whatever_its_projects_visibility_or_status()
    {
        var answer = await site.Api.ReadAsync("show_ticket", ("id", "3"));

        (answer["product_id"], answer["title"], answer["resolution"]).ShouldBe(("2", "Payroll export", "Done"));
        TicketSite.TicketStatus(answer).ShouldBe("Closed");
    }

    [Fact]
    public async Task Checks_the_id_then_the_key_then_the_ticket()
    {
        (await site.Api.CallAsync("show_ticket")).ShouldBeMissing("id");
        (await site.Api.CallAsync("show_ticket", ("key", FirstRun.ReadKey))).ShouldBeMissing("id");
        (await site.Api.CallAsync("show_ticket", ("id", "0"), ("key", FirstRun.ReadKey))).ShouldBeMissing("id");
        (await site.Api.CallAsync("show_ticket", ("id", "1"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("show_ticket", ("id", "1"), ("key", "wrong"))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("show_ticket", ("id", "1"), ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
        foreach (var unknown in new[] { "99", "abc", "-1", "99999999999" })
            (await site.Api.ReadAsync("show_ticket", ("id", unknown))).ShouldBe("ERR_INVALID_ID", "Ticket not found.");
    }

    [Theory]
    [InlineData("1.9")]
    [InlineData("1e0")]
    public async Task Ids_are_read_leniently(string id)
    {
        (await site.Api.ReadAsync("show_ticket", ("id", id)))["title"].ShouldBe("Printer jams");
    }
}
