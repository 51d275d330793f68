using System.Net;
using System.Text.RegularExpressions;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>add_ticket</c> (manual §5.7), through the new-ticket page's rules.</summary>
public partial class AddTicketTests(AddTicketTests.Site site) : IClassFixture<AddTicketTests.Site>
{
    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            await AddUserAsync("bob", 3);
            await AddProjectAsync("Desk", release: "1.0");
            await AddProjectAsync("Retired", "Archived");
            var bob = await Users.LoggedInAsync(Host, "bob");
            (await bob.PostFormAsync("/projects/1", [], postUrl: "/projects/1?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
    }

    [GeneratedRegex(@"^Ticket (\d+) added\.$")]
    private static partial Regex Added();

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Files_a_ticket_by_api_without_auto_assignment(LegacyApiTransport transport)
    {
        var title = "Broken chair " + (int)transport;

        var answer = await site.Api.Using(transport).WriteAsync("add_ticket",
            ("product_id", "1"), ("release_id", "1.0"), ("title", title), ("description", "Leg\r\nloose"));

        answer.ShouldHaveFields("message", "status");
        answer.Status.ShouldBe("OK");
        var id = int.Parse(Added().Match(answer.Message).Groups[1].Value);
        (await site.Admin.TextAsync($"/tickets/{id}")).ShouldContain(title);
        var shown = await site.Api.ReadAsync("show_ticket", ("id", id.ToString()));
        (shown["id"], shown["product_id"], shown["release_id"], shown["created_by"], shown["title"]).ShouldBe((id.ToString(), "1", "1.0", "api", title));
        (shown["assigned_to"], shown["priority"], shown["resolution"], shown["followers"], shown["modified_on"]).ShouldBe(("", "Normal", "", "", "Never"));
        shown["description"].ShouldBe("Leg\nloose");
        shown.Text.ShouldContain(" \"status\": \"New\",\n");
        shown.Items("comments").ShouldBeEmpty();
        (await site.AuditByApiAsync("ticket.created")).ShouldContain($"Ticket {id} filed in project 1 through the API.");
        site.Host.Notifications!.Sent.Where(n => n.Subject == $"New ticket ({id}) assigned to you").SelectMany(n => n.Recipients).ShouldBeEmpty("bob is auto-assigned on the web only");
    }

    [Theory]
    [InlineData("Low")]
    [InlineData("Normal")]
    [InlineData("High")]
    public async Task Takes_a_priority(string priority)
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("product_id", "1"), ("release_id", "1.0"), ("title", "Prioritised"), ("description", "d"), ("priority", priority));

        var id = Added().Match(answer.Message).Groups[1].Value;
        (await site.Api.ReadAsync("show_ticket", ("id", id)))["priority"].ShouldBe(priority);
    }

    [Theory]
    [InlineData("Urgent")]
    [InlineData("high")]
    [InlineData("2")]
    public async Task Refuses_other_priorities_and_files_nothing(string priority)
    {
        var before = await CountAsync();

        var answer = await site.Api.WriteAsync("add_ticket", ("product_id", "1"), ("release_id", "1.0"), ("title", "t"), ("description", "d"), ("priority", priority));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'priority' value.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Checks_title_description_product_release_lengths_key_and_impersonation_in_order()
    {
        var before = await CountAsync();
        (await site.Api.CallAsync("add_ticket")).ShouldBeMissing("title");
        (await site.Api.CallAsync("add_ticket", ("title", "0"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"))).ShouldBeMissing("title");
        (await site.Api.CallAsync("add_ticket", ("title", "   "), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"))).ShouldBeMissing("title");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("product_id", "1"), ("release_id", "1.0"))).ShouldBeMissing("description");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", "d"), ("release_id", "1.0"))).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "0"), ("release_id", "1.0"))).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "1"))).ShouldBeMissing("release_id");
        (await site.Api.CallAsync("add_ticket", ("title", new string('t', 100)), ("description", "d"), ("product_id", "1"), ("release_id", "1.0")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'title' argument (at most 99 characters).");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", new string('d', 10_000)), ("product_id", "1"), ("release_id", "1.0")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'description' argument (at most 9999 characters).");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"), ("key", FirstRun.ReadKey)))
            .ShouldBeInvalidKey();
        (await site.Api.WriteAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"), ("from_user", "bob")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "User impersonation is not on.");
        (await site.Api.WriteAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "99"), ("release_id", "1.0"), ("from_user", "bob")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "User impersonation is not on.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_longest_title_and_description_are_taken()
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("title", new string('t', 99)), ("description", new string('d', 9_999)), ("product_id", "1"), ("release_id", "1.0"));

        var shown = await site.Api.ReadAsync("show_ticket", ("id", Added().Match(answer.Message).Groups[1].Value));
        (shown["title"].Length, shown["description"].Length).ShouldBe((99, 9_999));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_project_is_refused(string productId)
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", productId), ("release_id", "1.0"));

        answer.ShouldBe("ERR_INVALID_PRODUCT_ID", "Invalid 'product_id' value.");
    }

    [Theory]
    [InlineData("9.9")]
    [InlineData("1.0 beta")]
    public async Task The_release_must_be_one_of_the_projects(string release)
    {
        var before = await CountAsync();

        var answer = await site.Api.WriteAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", release));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'release_id' value: use one of the project's releases.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_archived_project_takes_no_ticket()
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("title", "t"), ("description", "d"), ("product_id", "2"), ("release_id", "1.0"));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "Archived projects take no new tickets.");
    }

    [Fact]
    public async Task The_manuals_custom_argument_is_ignored_as_in_1_7_4()
    {
        var answer = await site.Api.WriteAsync("add_ticket", ("title", "Custom"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0"), ("custom", "#12"));

        var id = int.Parse(Added().Match(answer.Message).Groups[1].Value);
        (await site.TicketAsync(id)).GetProperty("custom").GetString().ShouldBe("");
    }

    private async Task<int> CountAsync() => (await site.Api.ReadAsync("list_tickets", ("product_id", "1"))).Items("tickets").Count;
}
