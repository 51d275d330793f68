using System.Net;
using Shouldly;

namespace NodePoint.Testing;

/// <summary>Creates users through the users-management page, as a manager would, and logs them in.</summary>
public static class Users
{
    public const string Password = "user-pass-1";

    public static async Task CreateAsync(HttpClient manager, string name, int level, string email = "", string password = Password)
    {
        var response = await manager.PostFormAsync("/users/new", ("name", name), ("password", password), ("password_confirmation", password), ("email", email), ("level", level.ToString()));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await manager.GetAsync(response.Headers.Location); // as a browser would, which also shows the one-time message
    }

    public static async Task<HttpClient> LoggedInAsync(TestHost host, string name, string password = Password)
    {
        var client = host.Browser();
        await FirstRun.LogInAsync(client, name, password);
        return client;
    }
}
