using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Plugins.Mail.Tests;

/// <summary>A configured host with the mail plugin pointed at a loopback SMTP server.</summary>
internal static class MailSite
{
    public static async Task<(TestHost Host, HttpClient Admin)> StartAsync(int smtpPort, string security = "none", string user = "", string password = "",
        string? dataFolder = null, string retrySeconds = "1,1,1,1,1,1,1,1,1,1", params string[] components)
    {
        var host = new TestHost(dataFolder) { RetrySeconds = retrySeconds };
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: ["mail", .. components]))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        var saved = await AdminSettings.SaveAsync(admin, ("smtp_server", "127.0.0.1"), ("smtp_port", smtpPort.ToString()), ("smtp_security", security),
            ("smtp_user", user), ("smtp_pass", password), ("smtp_from", "helpdesk@example.org"), ("smtp_check_certificate", "false"), ("site_url", "https://help.example.org"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        return (host, admin);
    }

    /// <summary>Registers a visitor with an address; the confirmation mail is the first notification they get.</summary>
    public static async Task RegisterAsync(TestHost host, string name, string email) =>
        (await host.Browser().PostFormAsync("/register", ("name", name), ("password", Users.Password), ("password_confirmation", Users.Password), ("email", email)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
}
