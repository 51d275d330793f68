using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>
/// A configured help desk: project 1 "Printers" with release 1.0, where bob (level 3) is auto-assigned; alice and carol are
/// level 1, dave level 2, zoe level 0. Mail is captured.
/// </summary>
internal sealed class HelpDesk : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients = new();

    private HelpDesk(TestHost host, HttpClient admin)
    {
        Host = host;
        Admin = admin;
    }

    public TestHost Host { get; }
    public HttpClient Admin { get; }
    public CapturedNotifications Mail => Host.Notifications!;
    public HttpClient this[string name] => _clients[name];

    public static async Task<HelpDesk> StartAsync(string visibility = "Public", bool guestTickets = false)
    {
        var host = new TestHost().WithCapturedNotifications();
        var admin = host.Browser();
        var fields = FirstRun.Fields(components: "tickets").Where(f => f.Key != "default_vis").ToList();
        fields.Add(new("default_vis", visibility));
        if (guestTickets)
            fields.Add(new("guest_tickets", "true"));
        (await admin.PostFormAsync("/setup", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        var desk = new HelpDesk(host, admin);
        foreach (var (name, level) in new[] { ("alice", 1), ("bob", 3), ("carol", 1), ("dave", 2), ("zoe", 0) })
        {
            await Users.CreateAsync(admin, name, level);
            desk._clients[name] = await Users.LoggedInAsync(host, name);
        }
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"), ("release", "1.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["bob"].PostFormAsync("/projects/1", [], postUrl: "/projects/1?handler=AutoAssign")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return desk;
    }

    public async Task<int> FileAsync(string who, string title, string description = "It jams.")
    {
        var response = await this[who].PostFormAsync("/tickets/new", ("project", "1"), ("release", "1.0"), ("title", title), ("description", description), ("priority", "High"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public Task<HttpResponseMessage> EditAsync(string who, int id, string status, string resolution = "", bool assignMe = false) =>
        this[who].PostFormAsync($"/tickets/{id}", [new("title", "Paper jam"), new("release", "1.0"), new("priority", "High"), new("status", status),
            new("resolution", resolution), new("assign_me", assignMe ? "true" : "false")], postUrl: $"/tickets/{id}?handler=Edit");

    public Task<HttpResponseMessage> CommentAsync(string who, int id, string text) =>
        this[who].PostFormAsync($"/tickets/{id}", [new("text", text)], postUrl: $"/tickets/{id}?handler=Comment");

    public void Dispose() => Host.Dispose();
}
