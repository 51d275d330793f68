using System.Net;
using System.Text.Json;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>
/// A site with the Tickets component on, and the ticket pages as people use them: filing, commenting, attaching,
/// following and editing through the web, to set up what the ticket calls read and to check what they wrote.
/// </summary>
public class TicketSite : ApiSite
{
    protected override IReadOnlyList<string> Components => ["tickets"];

    /// <summary>A site of its own, for tests that change settings or need an empty help desk.</summary>
    public static async Task<TicketSite> OpenAsync()
    {
        var site = new TicketSite();
        await site.InitializeAsync();
        return site;
    }

    /// <summary>The ticket's status in a show_ticket answer as clients read it: the last of its two <c>status</c> fields.</summary>
    public static string TicketStatus(LegacyApiAnswer answer) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(answer.Text)!["status"].GetString()!;

    /// <summary>Files a ticket through the new-ticket page and returns its id.</summary>
    public async Task<int> FileAsync(HttpClient who, int project, string title, string description = "", string release = "", string priority = "Normal")
    {
        var response = await who.PostFormAsync("/tickets/new", ("project", project.ToString()), ("release", release), ("title", title),
            ("description", description), ("priority", priority), ("custom", ""));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public async Task CommentAsync(HttpClient who, int id, string text)
    {
        var response = await who.PostFormAsync($"/tickets/{id}", [new("text", text)], postUrl: $"/tickets/{id}?handler=Comment");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public async Task AttachAsync(HttpClient who, int id, string text, string fileName, byte[] content)
    {
        var response = await who.PostFileAsync($"/tickets/{id}", [("text", text)], "file", fileName, content, "text/plain", postUrl: $"/tickets/{id}?handler=Comment");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public async Task FollowAsync(HttpClient who, int id) =>
        (await who.PostFormAsync($"/tickets/{id}", [], postUrl: $"/tickets/{id}?handler=Follow")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

    /// <summary>Edits a ticket through its page as a level-3 user (title and release unchanged).</summary>
    public async Task EditAsync(HttpClient who, int id, string title, string status, string resolution = "", string release = "", string priority = "Normal", bool assignMe = false)
    {
        var response = await who.PostFormAsync($"/tickets/{id}", [new("title", title), new("release", release), new("priority", priority), new("status", status),
            new("resolution", resolution), new("custom", ""), new("assign_me", assignMe ? "true" : "false")], postUrl: $"/tickets/{id}?handler=Edit");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The ticket as the REST API shows it to the admin (assignees, status, resolution, description, creator).</summary>
    public async Task<JsonElement> TicketAsync(int id)
    {
        using var document = JsonDocument.Parse(await Admin.GetStringAsync($"/api/v1/tickets/{id}"));
        return document.RootElement.Clone();
    }

    /// <summary>The ticket's comments as the REST API shows them to the admin.</summary>
    public async Task<JsonElement> CommentsAsync(int id)
    {
        using var document = JsonDocument.Parse(await Admin.GetStringAsync($"/api/v1/tickets/{id}/comments"));
        return document.RootElement.Clone();
    }
}
