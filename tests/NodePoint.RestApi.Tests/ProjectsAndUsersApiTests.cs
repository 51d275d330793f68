using System.Net;
using System.Net.Http.Json;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.RestApi.Tests;

public class ProjectsAndUsersApiTests
{
    [Fact]
    public async Task Projects_and_releases_follow_the_pages_levels()
    {
        using var site = await ApiSite.StartAsync();

        (await site.Api("bob").PostAsJsonAsync("/api/v1/projects", new { name = "Scanners", visibility = "Restricted" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await site.Api("pam").PostAsJsonAsync("/api/v1/projects", new { name = "Scanners", model = "S1", visibility = "Restricted", description = "**Flatbed**" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var duplicate = await site.Api("pam").PostAsJsonAsync("/api/v1/projects", new { name = "scanners", visibility = "Public" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiSite.Json(duplicate)).GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("already");

        (await Names(await site.Api("alice").GetAsync("/api/v1/projects"))).ShouldBe(["Printers"]);
        (await Names(await site.Api("dave").GetAsync("/api/v1/projects"))).ShouldBe(["Printers", "Scanners"]);
        (await site.Api("alice").GetAsync("/api/v1/projects/2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiSite.Json(await site.Api("dave").GetAsync("/api/v1/projects/2"))).GetProperty("description").GetString().ShouldBe("**Flatbed**");

        (await site.Api("dave").PostAsJsonAsync("/api/v1/projects/1/releases", new { version = "2.0" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Api("bob").PostAsJsonAsync("/api/v1/projects/1/releases", new { version = "2.0", notes = "Faster" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await site.Api("bob").PostAsJsonAsync("/api/v1/projects/1/releases", new { version = "2.0" });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Release '2.0' already exists.");
        var releases = await ApiSite.Json(await site.Api("alice").GetAsync("/api/v1/projects/1/releases"));
        releases.EnumerateArray().Select(r => r.GetProperty("version").GetString()).ShouldBe(["2.0", "1.0"]);
    }

    [Fact]
    public async Task Users_are_listed_for_level_5_with_paging_and_filters()
    {
        using var site = await ApiSite.StartAsync();

        (await site.Api("pam").GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Host.Browser().GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var first = await ApiSite.Json(await site.Api("mia").GetAsync("/api/v1/users?size=2"));
        first.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldBe(["alice", "bob"]);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        var last = await ApiSite.Json(await site.Api("mia").GetAsync("/api/v1/users?size=2&page=3"));
        last.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldBe(["pam"]);
        last.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        var level3 = await ApiSite.Json(await site.Api("mia").GetAsync("/api/v1/users?level=3"));
        level3.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldBe(["bob"]);
        (await site.Api("mia").GetAsync("/api/v1/users?level=9&size=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiSite.Json(await site.Api("mia").GetAsync("/api/v1/users/DAVE"))).GetProperty("level").GetInt32().ShouldBe(2);
        (await site.Api("mia").GetAsync("/api/v1/users/nobody")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<List<string?>> Names(HttpResponseMessage response) =>
        (await ApiSite.Json(response)).EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
}
