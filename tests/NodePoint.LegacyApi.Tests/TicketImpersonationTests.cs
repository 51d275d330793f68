using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>
/// <c>from_user</c> on the ticket calls that took it in 1.7.4 (add_ticket, update_ticket, assign_ticket) while
/// impersonation is on: the named account files, edits and assigns, and the notices say so.
/// </summary>
public class TicketImpersonationTests(TicketImpersonationTests.Site site) : IClassFixture<TicketImpersonationTests.Site>
{
    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            await SaveSettingsAsync(("api_imp", "true"));
            await AddUserAsync("alice");
            await AddUserAsync("bob", 3);
            await AddUserAsync("carol", 3);
            await AddUserAsync("eve");
            await DisableUserAsync("eve");
            await AddProjectAsync("Desk", release: "1.0");
        }
    }

    [Fact]
    public async Task Add_ticket_files_as_the_named_user()
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("title", "Mine"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"), ("from_user", "ALICE"));

        answer.Message.ShouldMatch(@"^Ticket \d+ added\.$");
        var id = answer.Message.Split(' ')[1];
        (await site.Api.ReadAsync("show_ticket", ("id", id)))["created_by"].ShouldBe("alice");
        (await site.AuditByApiAsync("ticket.created")).ShouldContain($"Ticket {id} filed in project 1 through the API for 'alice'.");
    }

    [Fact]
    public async Task Update_ticket_edits_and_comments_as_the_named_user()
    {
        var id = (await site.FileAsync(site.Admin, 1, "Printer jams")).ToString();

        (await site.Api.WriteAsync("update_ticket", ("id", id), ("status", "Open"), ("summary", "On it"), ("from_user", "bob"))).ShouldBeOk("Ticket updated.");

        (await site.Admin.TextAsync($"/tickets/{id}")).ShouldContain("bob — Status: New → Open");
        (await site.Api.ReadAsync("show_ticket", ("id", id))).Items("comments").Single()["name"].ShouldBe("bob");
        var mail = site.Host.Notifications!.Sent.Single(n => n.Subject == $"Ticket ({id}) has been modified");
        mail.Text.ShouldContain("Modified by: bob");
        (await site.AuditByApiAsync("ticket.updated")).ShouldContain($"Ticket {id} updated through the API for 'bob'.");
    }

    [Fact]
    public async Task Assign_ticket_assigns_on_the_named_users_behalf_and_nobody_is_told_of_taking_a_ticket()
    {
        var id = (await site.FileAsync(site.Admin, 1, "Printer jams")).ToString();

        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", "carol"), ("from_user", "bob"))).ShouldBeOk("Ticket updated.");
        (await site.Api.WriteAsync("assign_ticket", ("id", id), ("user", "bob"), ("from_user", "bob"))).ShouldBeOk("Ticket updated.");

        var page = await site.Admin.TextAsync($"/tickets/{id}");
        page.ShouldContain("bob — Assigned: (none) → carol");
        page.ShouldContain("bob — Assigned: (none) → bob");
        site.Host.Notifications!.Sent.Single(n => n.Subject == $"Ticket ({id}) assigned to you").Recipients.ShouldBe(["carol"]);
        site.Host.Notifications.Last("carol", $"Ticket ({id}) assigned to you").Text.ShouldContain("Assigned by: bob");
        (await site.AuditByApiAsync("ticket.assigned")).ShouldContain($"'carol' assigned to ticket {id} through the API by 'bob'.");
    }

    [Theory]
    [InlineData("add_ticket")]
    [InlineData("update_ticket")]
    [InlineData("assign_ticket")]
    public async Task Unknown_and_disabled_users_are_refused(string call)
    {
        (string, string)[] arguments = call == "add_ticket"
            ? [("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", "r")]
            : [("id", "1"), ("user", "carol")];

        (await site.Api.WriteAsync(call, [.. arguments, ("from_user", "nobody")])).ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'from_user' value: no user has that name.");
        (await site.Api.WriteAsync(call, [.. arguments, ("from_user", "eve")])).ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'from_user' value: that user is disabled.");
    }
}
