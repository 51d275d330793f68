using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>list_tickets</c> (manual §5.2).</summary>
public class ListTicketsTests(ListTicketsTests.Site site) : IClassFixture<ListTicketsTests.Site>
{
    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            await AddProjectAsync("Desk", release: "1.0");
            await AddProjectAsync("Lab");
            await FileAsync(Admin, 1, "First", release: "1.0");
            await FileAsync(Admin, 2, "Elsewhere");
            var closed = await FileAsync(Admin, 1, "Closed one");
            await EditAsync(Admin, closed, "Closed one", "Closed", "Done");
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Lists_a_projects_tickets_by_id_closed_ones_included(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).ReadAsync("list_tickets", ("product_id", "1"));

        answer.ShouldBeOk("Tickets list.");
        answer.ShouldHaveFields("message", "status", "tickets");
        var tickets = answer.Items("tickets");
        foreach (var ticket in tickets)
            ticket.ShouldHaveFields("id", "product_id", "release_id", "title");
        tickets.Select(t => (t["id"], t["product_id"], t["release_id"], t["title"])).ShouldBe([("1", "1", "1.0", "First"), ("3", "1", "", "Closed one")]);
        answer.Text.ShouldContain(" \"tickets\": [\n  {\n   \"id\": \"1\",\n   \"product_id\": \"1\",\n   \"release_id\": \"1.0\",\n   \"title\": \"First\"\n  },\n  {\n");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    [InlineData("-2")]
    public async Task An_unknown_project_gives_an_empty_list_in_the_original_layout(string productId)
    {
        var answer = await site.Api.ReadAsync("list_tickets", ("product_id", productId));

        answer.Text.ShouldBe("{\n \"message\": \"Tickets list.\",\n \"status\": \"OK\",\n \"tickets\": [\n\n ]\n}\n");
    }

    [Fact]
    public async Task Product_ids_are_read_leniently()
    {
        (await site.Api.ReadAsync("list_tickets", ("product_id", "2.7"))).Items("tickets").Single()["title"].ShouldBe("Elsewhere");
    }

    [Fact]
    public async Task Checks_the_product_then_the_key()
    {
        (await site.Api.CallAsync("list_tickets")).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("list_tickets", ("product_id", "0"), ("key", FirstRun.ReadKey))).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("list_tickets", ("product_id", "1"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("list_tickets", ("product_id", "1"), ("key", "wrong"))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("list_tickets", ("product_id", "1"), ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
    }
}
