using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.RestApi.Tests;

/// <summary>
/// A configured site with tickets on: project 1 "Printers" (Public, release 1.0); alice level 1, dave 2, bob 3, pam 4,
/// mia 5, each logged in (cookie) and holding a personal API token made on their settings page.
/// </summary>
internal sealed partial class ApiSite : IDisposable
{
    private readonly Dictionary<string, (HttpClient Browser, string Token)> _users = new();

    private ApiSite(TestHost host, HttpClient admin) => (Host, Admin) = (host, admin);

    public TestHost Host { get; }
    public HttpClient Admin { get; }

    public static async Task<ApiSite> StartAsync(string visibility = "Public")
    {
        var host = new TestHost().WithCapturedNotifications();
        var admin = host.Browser();
        var fields = FirstRun.Fields(components: "tickets").Where(f => f.Key != "default_vis").ToList();
        fields.Add(new("default_vis", visibility));
        (await admin.PostFormAsync("/setup", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        var site = new ApiSite(host, admin);
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"), ("release", "1.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var (name, level) in new[] { ("alice", 1), ("dave", 2), ("bob", 3), ("pam", 4), ("mia", 5) })
        {
            await Users.CreateAsync(admin, name, level);
            var browser = await Users.LoggedInAsync(host, name);
            site._users[name] = (browser, await MakeTokenAsync(browser, "scripts"));
        }
        return site;
    }

    public HttpClient Browser(string user) => _users[user].Browser;

    public string Token(string user) => _users[user].Token;

    /// <summary>A client that sends <paramref name="user"/>'s token and no cookie.</summary>
    public HttpClient Api(string user) => WithToken(_users[user].Token);

    public HttpClient WithToken(string token)
    {
        var client = Host.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> MakeTokenAsync(HttpClient browser, string name)
    {
        var response = await browser.PostFormAsync("/settings", [new("name", name)], postUrl: "/account/tokens");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        return TokenSecret().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new ShouldAssertException(page);
    }

    public async Task<int> FileAsync(string user, string title, string description = "It jams.", string priority = "Normal")
    {
        var response = await Api(user).PostAsJsonAsync("/api/v1/tickets", new { projectId = 1, release = "1.0", title, description, priority });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public void Dispose() => Host.Dispose();

    [GeneratedRegex("<code id=\"token-secret\">(np_[A-Za-z0-9]{40})</code>")]
    private static partial Regex TokenSecret();
}
