using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>
/// A configured host (keys from <see cref="FirstRun"/>, mail captured, the sample Guestbook module on) with the admin's
/// browser and an API client. A class fixture shares one between a class's tests; tests that change settings start their own.
/// </summary>
public class ApiSite : IAsyncLifetime
{
    private string[] _components = [];

    public TestHost Host { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>A client as scripts use it: no session, GET unless told otherwise.</summary>
    public LegacyApiClient Api => new(Host.Browser());

    /// <summary>A site of its own, with <paramref name="components"/> switched on besides the guestbook.</summary>
    public static async Task<ApiSite> StartAsync(params string[] components)
    {
        var site = new ApiSite { _components = components };
        await site.InitializeAsync();
        return site;
    }

    public async ValueTask InitializeAsync()
    {
        Host = new TestHost().WithSampleModule().WithCapturedNotifications();
        Admin = await FirstRun.ConfiguredAdminAsync(Host, ["guestbook", .. Components]);
        await SeedAsync();
    }

    /// <summary>Components a class's shared site switches on besides the guestbook (<c>tickets</c>).</summary>
    protected virtual IReadOnlyList<string> Components => _components;

    /// <summary>What a class's shared site holds before its first test (users, projects).</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Changes settings as the admin; fails the test when the page refuses them.</summary>
    public async Task SaveSettingsAsync(params (string Key, string Value)[] changes)
    {
        var saved = await AdminSettings.SaveAsync(Admin, changes);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
    }

    /// <summary>Adds a user through the users-management page, as the admin.</summary>
    public Task AddUserAsync(string name, int level = 1, string email = "", string password = Users.Password) =>
        Users.CreateAsync(Admin, name, level, email, password);

    public async Task DisableUserAsync(string name) =>
        (await Admin.PostFormAsync("/users/" + name, [], postUrl: $"/users/{name}?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

    /// <summary>Adds a project through its page as the admin and returns its id.</summary>
    public async Task<int> AddProjectAsync(string name, string visibility = "Public", string description = "", string release = "")
    {
        var response = await Admin.PostFormAsync("/projects/new", ("name", name), ("model", "M-" + name.Length), ("visibility", visibility), ("description", description), ("release", release));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The audit log's entries by the api pseudo-user for <paramref name="action"/>, as the admin reads them.</summary>
    public Task<string> AuditByApiAsync(string action) => Admin.TextAsync($"/settings/audit?action={action}&actor=api");
}
