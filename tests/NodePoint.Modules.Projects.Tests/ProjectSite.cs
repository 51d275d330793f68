using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Projects.Tests;

/// <summary>A configured host with users of levels 0 to 5 (named level0 ... level5) and their logged-in clients.</summary>
internal sealed class ProjectSite : IDisposable
{
    private ProjectSite(TestHost host, HttpClient admin, Dictionary<int, HttpClient> users)
    {
        Host = host;
        Admin = admin;
        Users = users;
    }

    public TestHost Host { get; }
    public HttpClient Admin { get; }
    public IReadOnlyDictionary<int, HttpClient> Users { get; }
    public HttpClient Guest => Host.Browser();
    public HttpClient Manager => Users[4];

    public static async Task<ProjectSite> StartAsync()
    {
        var host = new TestHost();
        var admin = await FirstRun.ConfiguredAdminAsync(host);
        var users = new Dictionary<int, HttpClient>();
        for (var level = 0; level <= 5; level++)
        {
            await NodePoint.Testing.Users.CreateAsync(admin, "level" + level, level);
            users[level] = await NodePoint.Testing.Users.LoggedInAsync(host, "level" + level);
        }
        return new ProjectSite(host, admin, users);
    }

    /// <summary>Adds a project as the level-4 manager and returns its id.</summary>
    public async Task<int> AddAsync(string name, string visibility = "Public", string description = "", string release = "")
    {
        var response = await Manager.PostFormAsync("/projects/new", ("name", name), ("model", "M-1"), ("visibility", visibility), ("description", description), ("release", release));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        await Manager.GetAsync(response.Headers.Location);
        return id;
    }

    public void Dispose() => Host.Dispose();
}
