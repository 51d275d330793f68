using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Projects.Tests;

public class ReleaseAndAssignmentTests
{
    [Fact]
    public async Task Level_3_adds_releases_once_each_and_never_to_an_archived_project()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Mobile");
        var agent = site.Users[3];

        (await agent.PostFormAsync($"/projects/{id}", [new("version", "2.0-beta"), new("notes", "first cut")], postUrl: $"/projects/{id}?handler=AddRelease")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var duplicate = await agent.PostFormAsync($"/projects/{id}", [new("version", "2.0-BETA"), new("notes", "")], postUrl: $"/projects/{id}?handler=AddRelease");
        WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).ShouldContain("Release '2.0-BETA' already exists.");
        (await site.Users[1].PostFormAsync($"/projects/{id}", [new("version", "9.9")], postUrl: $"/projects/{id}?handler=AddRelease")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Guest.TextAsync($"/projects/{id}")).ShouldContain("first cut");

        var archived = await site.AddAsync("Old", "Archived");
        var refused = await site.Manager.PostFormAsync($"/projects/{archived}", [new("version", "3.0")], postUrl: $"/projects/{archived}?handler=AddRelease");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Archived projects take no new releases.");
    }

    [Fact]
    public async Task Level_3_users_auto_assign_themselves_and_take_it_back()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Helpdesk");

        (await site.Users[3].PostFormAsync($"/projects/{id}", [], postUrl: $"/projects/{id}?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.Guest.TextAsync($"/projects/{id}")).ShouldContain("level3");
        (await site.Users[1].PostFormAsync($"/projects/{id}", [], postUrl: $"/projects/{id}?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await site.Users[3].PostFormAsync($"/projects/{id}", [], postUrl: $"/projects/{id}?handler=AutoAssign");
        (await site.Guest.TextAsync($"/projects/{id}")).ShouldContain("<dd class=\"col-7\" id=\"auto-assigned\">nobody</dd>");
    }
}
