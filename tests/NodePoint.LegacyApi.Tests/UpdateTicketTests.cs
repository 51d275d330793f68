using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>update_ticket</c> (NodePoint 1.5.6): through the ticket page's edit, with its history, instead of the original's description log.</summary>
public class UpdateTicketTests(UpdateTicketTests.Site site) : IClassFixture<UpdateTicketTests.Site>
{
    public sealed class Site : TicketSite
    {
        public HttpClient Alice { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            await AddUserAsync("alice");
            await AddProjectAsync("Desk");
            Alice = await Users.LoggedInAsync(Host, "alice");
        }

        public Task<int> NewTicketAsync(string title = "Printer jams") => FileAsync(Alice, 1, title, "It jams.");
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Changes_go_into_the_tickets_history_and_leave_the_description_alone(LegacyApiTransport transport)
    {
        var id = await site.NewTicketAsync();

        var answer = await site.Api.Using(transport).WriteAsync("update_ticket", ("id", id.ToString()), ("status", "Resolved"), ("priority", "High"), ("resolution", "Cleaned"));

        answer.ShouldBeOk("Ticket updated.");
        answer.ShouldHaveFields("message", "status");
        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        (shown["priority"], shown["resolution"], shown["description"]).ShouldBe(("High", "Cleaned", "It jams."));
        TicketSite.TicketStatus(shown).ShouldBe("Resolved");
        shown["modified_on"].ShouldMatch(ShowTicketTests.Date);
        var page = await site.Admin.TextAsync($"/tickets/{id}");
        page.ShouldContain("api — Priority: Normal → High");
        page.ShouldContain("api — Status: New → Resolved");
        page.ShouldContain("api — Resolution: (none) → Cleaned");
        var mail = site.Host.Notifications!.Sent.Single(n => n.Subject == $"Ticket ({id}) has been modified");
        mail.Recipients.ShouldBe(["alice"]);
        mail.Text.ShouldContain("Modified by: api");
        mail.Text.ShouldContain("Status: New → Resolved");
        (await site.AuditByApiAsync("ticket.updated")).ShouldContain($"Ticket {id} updated through the API.");
    }

    [Fact]
    public async Task Closing_needs_no_resolution_as_in_the_original()
    {
        var id = await site.NewTicketAsync();

        (await site.Api.WriteAsync("update_ticket", ("id", id.ToString()), ("status", "Closed"))).ShouldBeOk("Ticket updated.");

        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        (TicketSite.TicketStatus(shown), shown["resolution"]).ShouldBe(("Closed", ""));
    }

    [Fact]
    public async Task A_summary_is_kept_as_a_comment_even_when_the_update_closes_the_ticket()
    {
        var id = await site.NewTicketAsync();

        var answer = await site.Api.WriteAsync("update_ticket", ("id", id.ToString()), ("status", "Closed"), ("resolution", "Replaced"),
            ("summary", "Replaced\r\nthe tray"), ("time_spent", "1.5"));

        answer.ShouldBeOk("Ticket updated.");
        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        shown["description"].ShouldBe("It jams.");
        var comment = shown.Items("comments").Single();
        (comment["name"], comment["comment"]).ShouldBe(("api", "Replaced\nthe tray"));
        TicketSite.TicketStatus(shown).ShouldBe("Closed");
    }

    [Fact]
    public async Task Only_what_is_given_changes()
    {
        var id = await site.NewTicketAsync();

        (await site.Api.WriteAsync("update_ticket", ("id", id.ToString()))).ShouldBeOk("Ticket updated.");
        (await site.Api.WriteAsync("update_ticket", ("id", id.ToString()), ("status", "0"), ("priority", ""), ("summary", "Looked at it"))).ShouldBeOk("Ticket updated.");
        (await site.Api.WriteAsync("update_ticket", ("id", id.ToString()), ("priority", "Low"))).ShouldBeOk("Ticket updated.");

        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        (TicketSite.TicketStatus(shown), shown["priority"], shown["resolution"]).ShouldBe(("New", "Low", ""));
        shown.Items("comments").Single()["comment"].ShouldBe("Looked at it");
        var page = await site.Admin.TextAsync($"/tickets/{id}");
        page.ShouldContain("api — Priority: Normal → Low");
        page.ShouldNotContain("Status: New");
    }

    [Fact]
    public async Task Checks_the_id_key_impersonation_status_priority_lengths_then_the_ticket()
    {
        var id = (await site.NewTicketAsync()).ToString();
        (await site.Api.CallAsync("update_ticket")).ShouldBeMissing("id");
        (await site.Api.CallAsync("update_ticket", ("id", "0"), ("status", "Open"), ("key", FirstRun.WriteKey))).ShouldBeMissing("id");
        (await site.Api.CallAsync("update_ticket", ("id", id), ("status", "Nonsense"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("update_ticket", ("id", id), ("status", "Nonsense"), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("update_ticket", ("id", id), ("status", "Nonsense"), ("key", "wrong"))).ShouldBeInvalidKey();
        (await site.Api.WriteAsync("update_ticket", ("id", id), ("status", "Nonsense"), ("from_user", "alice")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "User impersonation is not on.");
        foreach (var status in new[] { "Nonsense", "closed", "1" })
            (await site.Api.WriteAsync("update_ticket", ("id", id), ("status", status), ("priority", "Urgent")))
                .ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'status' value.");
        foreach (var priority in new[] { "Urgent", "high", "2" })
            (await site.Api.WriteAsync("update_ticket", ("id", "99"), ("status", "Open"), ("priority", priority)))
                .ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'priority' value.");
        (await site.Api.WriteAsync("update_ticket", ("id", id), ("resolution", new string('r', 1_000))))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'resolution' argument (at most 999 characters).");
        (await site.Api.WriteAsync("update_ticket", ("id", id), ("summary", new string('s', 9_999))))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'summary' argument (at most 9998 characters).");

        var shown = await site.Api.ReadAsync("show_ticket", ("id", id));
        (TicketSite.TicketStatus(shown), shown["priority"], shown["modified_on"]).ShouldBe(("New", "Normal", "Never"));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    public async Task A_ticket_that_does_not_exist_is_reported(string id)
    {
        var answer = await site.Api.WriteAsync("update_ticket", ("id", id), ("status", "Closed"), ("summary", "s"));

        answer.ShouldBe("ERR_INVALID_ID", "Ticket not found.");
    }
}
