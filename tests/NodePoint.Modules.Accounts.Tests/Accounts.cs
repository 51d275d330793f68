using NodePoint.Testing;

namespace NodePoint.Modules.Accounts.Tests;

/// <summary>A configured host with mail captured, an admin client, and a user manager (level 5).</summary>
internal static class Accounts
{
    public static async Task<(TestHost Host, HttpClient Admin)> StartAsync(bool registrations = true)
    {
        var host = new TestHost().WithCapturedNotifications();
        var admin = host.Browser();
        var fields = FirstRun.Fields().Where(f => f.Key != "allow_registrations").ToList();
        if (registrations)
            fields.Add(new("allow_registrations", "true"));
        var response = await admin.PostFormAsync("/setup", fields);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException("setup failed");
        await FirstRun.LogInAsync(admin);
        return (host, admin);
    }
}
