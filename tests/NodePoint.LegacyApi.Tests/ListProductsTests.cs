using System.Globalization;
using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>list_products</c> (NodePoint 1.6.5).</summary>
public class ListProductsTests(ListProductsTests.Site site) : IClassFixture<ListProductsTests.Site>
{
    private static readonly TimeZoneInfo Kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati"); // UTC+14, no daylight saving

    public sealed class Site : ApiSite
    {
        public DateTime CreatedFromUtc { get; private set; }
        public DateTime CreatedToUtc { get; private set; }

        protected override async Task SeedAsync()
        {
            await SaveSettingsAsync(("time_zone", Kiritimati.Id));
            await AddUserAsync("agent", 3);
            CreatedFromUtc = DateTime.UtcNow;
            var mobile = await AddProjectAsync("Mobile", description: "Line one\r\nLine two", release: "1.0");
            CreatedToUtc = DateTime.UtcNow;
            var old = await AddProjectAsync("Old");
            var agent = await Users.LoggedInAsync(Host, "agent");
            (await agent.PostFormAsync($"/projects/{mobile}", [], postUrl: $"/projects/{mobile}?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var archived = await Admin.PostFormAsync($"/projects/{old}/edit", ("name", "Old"), ("model", "M-3"), ("description", ""), ("visibility", "Archived"));
            archived.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task No_projects_give_an_empty_list_in_the_original_layout()
    {
        await using var empty = await ApiSite.StartAsync();

        var answer = await empty.Api.ReadAsync("list_products");

        answer.Text.ShouldBe("{\n \"message\": \"Products list.\",\n \"status\": \"OK\",\n \"products\": [\n\n ]\n}\n");
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Lists_every_project_with_its_auto_assign_list_and_releases(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).ReadAsync("list_products");

        answer.ShouldBeOk("Products list.");
        answer.ShouldHaveFields("message", "status", "products");
        var products = answer.Items("products");
        products.Select(p => p["name"]).ShouldBe(["Mobile", "Old"]);
        foreach (var product in products)
            product.ShouldHaveFields("id", "name", "model", "description", "visibility", "created", "modified", "auto_assign", "releases");
        var mobile = products[0];
        (mobile["id"], mobile["model"], mobile["description"], mobile["visibility"], mobile["modified"]).ShouldBe(("1", "M-6", "Line one\nLine two", "Public", "Never"));
        mobile.Items("auto_assign").Single().ShouldHaveFields("user");
        mobile.Items("auto_assign").Single()["user"].ShouldBe("agent");
        var release = mobile.Items("releases").Single();
        release.ShouldHaveFields("user", "version", "note");
        (release["user"], release["version"], release["note"]).ShouldBe((FirstRun.AdminName, "1.0", ""));
        var old = products[1];
        (old["id"], old["visibility"]).ShouldBe(("2", "Archived"));
        old["modified"].ShouldNotBe("Never");
        old.Items("releases").ShouldBeEmpty();
        answer.Text.ShouldContain("   \"auto_assign\": [\n    {\n     \"user\": \"agent\"\n    }\n   ],\n");
        answer.Text.ShouldContain("   \"auto_assign\": [\n\n   ],\n   \"releases\": [\n\n   ]\n  }\n ]\n}\n");
    }

    [Fact]
    public async Task Dates_read_like_the_originals_in_the_sites_time_zone()
    {
        var created = (await site.Api.ReadAsync("list_products")).Items("products")[0]["created"];

        var possible = new List<string>();
        for (var second = Truncate(site.CreatedFromUtc); second <= site.CreatedToUtc; second = second.AddSeconds(1))
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(second, Kiritimati);
            possible.Add(local.ToString("ddd MMM ", CultureInfo.InvariantCulture) + local.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2) + local.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture));
        }
        possible.ShouldContain(created);
    }

    [Fact]
    public async Task Checks_the_key_only()
    {
        (await site.Api.CallAsync("list_products")).ShouldBeMissing("key");
        (await site.Api.CallAsync("list_products", ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
    }

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
