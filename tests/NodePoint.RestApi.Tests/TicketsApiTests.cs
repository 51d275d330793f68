using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.RestApi.Tests;

public class TicketsApiTests
{
    [Fact]
    public async Task Files_reads_updates_and_lists_a_ticket()
    {
        using var site = await ApiSite.StartAsync();

        var created = await site.Api("alice").PostAsJsonAsync("/api/v1/tickets", new { projectId = 1, release = "1.0", title = "<b>Jam</b>' OR 1=1 --", description = "Stuck.", priority = "High" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await ApiSite.Json(created)).GetProperty("id").GetInt32();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/tickets/{id}");

        var ticket = await ApiSite.Json(await site.Api("dave").GetAsync($"/api/v1/tickets/{id}"));
        ticket.GetProperty("title").GetString().ShouldBe("<b>Jam</b>' OR 1=1 --");
        ticket.GetProperty("status").GetString().ShouldBe("New");
        ticket.GetProperty("createdBy").GetString().ShouldBe("alice");

        (await site.Api("alice").PatchAsJsonAsync($"/api/v1/tickets/{id}", new { status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var needsResolution = await site.Api("bob").PatchAsJsonAsync($"/api/v1/tickets/{id}", new { status = "Resolved" });
        needsResolution.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        needsResolution.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await needsResolution.Content.ReadAsStringAsync()).ShouldContain("A ticket set to Resolved needs a resolution.");
        var updated = await site.Api("bob").PatchAsJsonAsync($"/api/v1/tickets/{id}", new { status = "Resolved", resolution = "Cleared", assignMe = true });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await ApiSite.Json(updated);
        after.GetProperty("status").GetString().ShouldBe("Resolved");
        after.GetProperty("priority").GetString().ShouldBe("High");
        after.GetProperty("assignees").EnumerateArray().Select(a => a.GetString()).ShouldBe(["bob"]);

        var list = await ApiSite.Json(await site.Api("dave").GetAsync("/api/v1/tickets?status=Resolved&assignee=bob"));
        list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).ShouldBe([id]);
        (await site.Browser("dave").TextAsync($"/tickets/{id}")).ShouldContain("bob — Status: New → Resolved");
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_naming_each_field()
    {
        using var site = await ApiSite.StartAsync();

        var response = await site.Api("alice").PostAsJsonAsync("/api/v1/tickets", new { projectId = 9, title = "", priority = "Urgent" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ApiSite.Json(response)).GetProperty("errors");
        errors.GetProperty("project")[0].GetString().ShouldBe("Choose a project.");
        errors.GetProperty("title")[0].GetString().ShouldBe("Enter a title of at most 99 characters.");
        errors.GetProperty("priority")[0].GetString().ShouldBe("Choose a priority.");
        var badFilter = await site.Api("alice").GetAsync("/api/v1/tickets?status=Bogus&size=7");
        badFilter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badFilter.Content.ReadAsStringAsync()).ShouldContain("Unknown status 'Bogus'");
        (await site.Api("alice").GetAsync("/api/v1/tickets/999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.Api("alice").GetAsync("/api/v1/search?q=%22%22")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var notJson = await site.Api("alice").PostAsync("/api/v1/tickets", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await site.Browser("alice").TextAsync("/tickets")).ShouldContain("No tickets to show.");
    }

    [Fact]
    public async Task Pages_through_results_and_searches_with_highlights()
    {
        using var site = await ApiSite.StartAsync();
        for (var i = 1; i <= 5; i++)
            await site.FileAsync("alice", $"Printer {i}", i == 3 ? "The fuser smokes" : "Nothing special");

        var first = await ApiSite.Json(await site.Api("alice").GetAsync("/api/v1/tickets?size=25&sort=Oldest"));
        first.GetProperty("items").GetArrayLength().ShouldBe(5);
        first.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        first.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Printer 1");

        var found = await ApiSite.Json(await site.Api("alice").GetAsync("/api/v1/search?q=fuser"));
        var hit = found.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        hit.GetProperty("title").GetString().ShouldBe("Printer 3");
        hit.GetProperty("highlight").GetProperty("snippet").GetString().ShouldBe("The <mark>fuser</mark> smokes");
    }

    [Fact]
    public async Task Comments_carry_attachments_and_follow_visibility()
    {
        using var site = await ApiSite.StartAsync("Restricted");
        var id = await site.FileAsync("alice", "Paper jam");

        var form = new MultipartFormDataContent { { new StringContent("Log attached"), "text" }, { new ByteArrayContent([1, 2, 3]), "file", "trace.txt" } };
        (await site.Api("alice").PostAsync($"/api/v1/tickets/{id}/comments", form)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var empty = await site.Api("alice").PostAsync($"/api/v1/tickets/{id}/comments", new MultipartFormDataContent { { new StringContent(" "), "text" } });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var comments = await ApiSite.Json(await site.Api("dave").GetAsync($"/api/v1/tickets/{id}/comments"));
        var comment = comments.EnumerateArray().ShouldHaveSingleItem();
        comment.GetProperty("text").GetString().ShouldBe("Log attached");
        var url = comment.GetProperty("attachments")[0].GetProperty("url").GetString()!;
        var download = await site.Api("dave").GetAsync(url);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("trace.txt");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(new byte[] { 1, 2, 3 });

        await Users.CreateAsync(site.Admin, "carol", 1);
        var carol = site.WithToken(await ApiSite.MakeTokenAsync(await Users.LoggedInAsync(site.Host, "carol"), "t"));
        (await carol.GetAsync($"/api/v1/tickets/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await carol.GetAsync($"/api/v1/tickets/{id}/comments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await carol.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiSite.Json(await carol.GetAsync("/api/v1/tickets"))).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await site.Host.Browser().GetAsync($"/api/v1/tickets/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Followers_are_added_and_removed_by_their_owner()
    {
        using var site = await ApiSite.StartAsync();
        var id = await site.FileAsync("alice", "Paper jam");

        (await site.Api("dave").PutAsync($"/api/v1/tickets/{id}/followers/me", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await site.Api("bob").PutAsync($"/api/v1/tickets/{id}/followers/me", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await site.Api("bob").PutAsync($"/api/v1/tickets/{id}/followers/me", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Names(await ApiSite.Json(await site.Api("alice").GetAsync($"/api/v1/tickets/{id}/followers"))).ShouldBe(["bob", "dave"]);
        (await site.Api("dave").DeleteAsync($"/api/v1/tickets/{id}/followers/me")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Names(await ApiSite.Json(await site.Api("alice").GetAsync($"/api/v1/tickets/{id}/followers"))).ShouldBe(["bob"]);
        (await site.Host.Browser().PutAsync($"/api/v1/tickets/{id}/followers/me", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static List<string?> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
