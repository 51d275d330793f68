using System.Net;
using Shouldly;

namespace NodePoint.Testing;

/// <summary>First-time setup through the page, and logging in, as a person would.</summary>
public static class FirstRun
{
    public const string AdminName = "chief";
    public const string AdminPassword = "s3cret-pass";
    public const string ReadKey = "ReadKey0123456789abcdefABCDEF0123";
    public const string WriteKey = "WriteKey0123456789abcdefABCDEF012";

    public static List<KeyValuePair<string, string>> Fields(string siteName = "Acme Help Desk", string notice = "Mind the gap.", params string[] components)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("admin_name", AdminName), new("admin_password", AdminPassword), new("admin_password_confirmation", AdminPassword),
            new("site_name", siteName), new("motd", notice), new("theme_color", "2"), new("time_zone", "UTC"),
            new("default_vis", "Restricted"), new("default_lvl", "1"), new("allow_registrations", "true"),
            new("api_read", ReadKey), new("api_write", WriteKey), new("upload_folder", "uploads"), new("upload_lvl", "1"),
            new("max_size", "1000000"), new("upload_exts", "png txt"),
        };
        fields.AddRange(components.Select(c => new KeyValuePair<string, string>("component", c)));
        return fields;
    }

    public static async Task CompleteAsync(HttpClient client, string siteName = "Acme Help Desk", string notice = "Mind the gap.", params string[] components)
    {
        var response = await client.PostFormAsync("/setup", Fields(siteName, notice, components));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/login");
    }

    public static async Task LogInAsync(HttpClient client, string name = AdminName, string password = AdminPassword)
    {
        var response = await client.PostFormAsync("/login", ("name", name), ("password", password));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "login should succeed");
    }

    public static async Task<HttpClient> ConfiguredAdminAsync(TestHost host, params string[] components)
    {
        var client = host.Browser();
        await CompleteAsync(client, components: components);
        await LogInAsync(client);
        return client;
    }
}
