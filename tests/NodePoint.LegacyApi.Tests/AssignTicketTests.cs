using System.Text.RegularExpressions;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>assign_ticket</c> (NodePoint 1.6.2): existing users only, once each, with a history row and a notice to the new assignee.</summary>
public class AssignTicketTests(AssignTicketTests.Site site) : IClassFixture<AssignTicketTests.Site>
{
    public sealed class Site : TicketSite
    {
        public HttpClient Alice { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            await AddUserAsync("alice");
            await AddUserAsync("bob", 3);
            await AddUserAsync("carol", 3);
            await AddUserAsync("eve", 3);
            await DisableUserAsync("eve");
            await AddProjectAsync("Desk");
            Alice = await Users.LoggedInAsync(Host, "alice");
        }

        public Task<int> NewTicketAsync() => FileAsync(Alice, 1, "Printer jams");
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Assigns_an_existing_user_who_is_told(LegacyApiTransport transport)
    {
        var id = await site.NewTicketAsync();

        var answer = await site.Api.Using(transport).WriteAsync("assign_ticket", ("id", id.ToString()), ("user", "carol"));

        answer.ShouldBeOk("Ticket updated.");
        answer.ShouldHaveFields("message", "status");
        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        shown["assigned_to"].ShouldBe("carol");
        shown["modified_on"].ShouldMatch(ShowTicketTests.Date);
        (await site.Admin.TextAsync($"/tickets/{id}")).ShouldContain("api — Assigned: (none) → carol");
        var told = site.Host.Notifications!.Sent.Single(n => n.Subject == $"Ticket ({id}) assigned to you");
        told.Recipients.ShouldBe(["carol"]);
        told.Text.ShouldContain("Assigned by: api");
        told.Link.ShouldBe($"/tickets/{id}");
        site.Host.Notifications.Sent.Single(n => n.Subject == $"Ticket ({id}) has been modified").Recipients.ShouldBe(["alice"]);
        (await site.AuditByApiAsync("ticket.assigned")).ShouldContain($"'carol' assigned to ticket {id} through the API.");
    }

    [Fact]
    public async Task Assignees_add_up_and_nobody_is_added_twice()
    {
        var id = (await site.NewTicketAsync()).ToString();

        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", "bob"))).ShouldBeOk("Ticket updated.");
        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", "CAROL"))).ShouldBeOk("Ticket updated.");
        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", "Bob"))).ShouldBeOk("Ticket updated.");

        (await site.Api.ReadAsync("show_ticket", ("id", id)))["assigned_to"].ShouldBe("bob carol");
        Regex.Count(await site.Admin.TextAsync($"/tickets/{id}"), "Assigned: \\(none\\) → bob").ShouldBe(1);
        site.Host.Notifications!.Sent.Count(n => n.Subject == $"Ticket ({id}) assigned to you").ShouldBe(2);
    }

    [Theory]
    [InlineData("nobody", "Invalid 'user' value: no user has that name.")]
    [InlineData(FirstRun.AdminName, "Invalid 'user' value: no user has that name.")]
    [InlineData("eve", "Invalid 'user' value: that user is disabled.")]
    public async Task Only_enabled_accounts_can_be_assigned(string user, string message)
    {
        var id = (await site.NewTicketAsync()).ToString();

        var answer = await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", user));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", message);
        (await site.Api.ReadAsync("show_ticket", ("id", id)))["assigned_to"].ShouldBe("");
    }

    [Fact]
    public async Task Checks_the_id_key_impersonation_user_then_the_ticket()
    {
        var id = (await site.NewTicketAsync()).ToString();
        (await site.Api.CallAsync("assign_ticket")).ShouldBeMissing("id");
        (await site.Api.CallAsync("assign_ticket", ("user", "bob"))).ShouldBeMissing("id");
        (await site.Api.CallAsync("assign_ticket", ("id", "0"), ("user", "bob"), ("key", FirstRun.WriteKey))).ShouldBeMissing("id");
        (await site.Api.CallAsync("assign_ticket", ("id", id))).ShouldBeMissing("key");
        (await site.Api.CallAsync("assign_ticket", ("id", id), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("assign_ticket", ("id", id), ("key", "wrong"))).ShouldBeInvalidKey();
        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("from_user", "alice")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "User impersonation is not on.");
        (await site.Api.WriteAsync("assign_ticket", ("id", "99"))).ShouldBe("ERR_INVALID_ARGUMENT", "Missing 'user' value.");
        (await site.Api.WriteAsync("assign_ticket", ("id", "99"), ("user", "0"))).ShouldBe("ERR_INVALID_ARGUMENT", "Missing 'user' value.");
        (await site.Api.WriteAsync("assign_ticket", ("id", "99"), ("user", "nobody"))).ShouldBe("ERR_INVALID_ID", "Ticket not found.");
        (await site.Api.WriteAsync("assign_ticket", ("id", "abc"), ("user", "bob"))).ShouldBe("ERR_INVALID_ID", "Ticket not found.");

        (await site.Api.ReadAsync("show_ticket", ("id", id)))["assigned_to"].ShouldBe("");
    }
}
