using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

/// <summary>Login through a real OpenLDAP server on loopback and through a real authentication program.</summary>
public class ExternalLoginTests
{
    [Fact]
    public async Task A_directory_login_creates_the_user_at_first_login_without_a_password()
    {
        using var slapd = new SlapdServer();
        var (host, admin) = await StartWithAsync("ldap", ("ad_server", slapd.Address), ("ad_bind_format", SlapdServer.BindFormat));
        using var _ = host;

        await Users.LoggedInAsync(host, SlapdServer.UserName, SlapdServer.UserPassword);

        var summary = await admin.TextAsync("/users/" + SlapdServer.UserName);
        summary.ShouldContain("1 - Authorized");
        summary.ShouldContain("Active Directory / LDAP");
        summary.ShouldNotContain("Reset password"); // no local password to reset
        var wrong = await host.Browser().PostFormAsync("/login", ("name", SlapdServer.UserName), ("password", "not-her-password"));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");
        (await host.Browser().GetAsync("/register")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_directory_that_is_down_gives_the_user_a_clear_message_and_the_admin_the_detail()
    {
        using var slapd = new SlapdServer();
        var (host, admin) = await StartWithAsync("ldap", ("ad_server", slapd.Address), ("ad_bind_format", SlapdServer.BindFormat));
        using var _ = host;
        slapd.Stop();

        var response = await host.Browser().PostFormAsync("/login", ("name", SlapdServer.UserName), ("password", SlapdServer.UserPassword));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("Your login could not be checked right now.");
        page.ShouldNotContain(slapd.Address);
        (await admin.TextAsync("/settings/audit?action=login.unavailable")).ShouldContain("ldap://" + slapd.Address);
    }

    [Fact]
    public async Task An_authentication_program_checks_logins_and_gets_the_password_untouched()
    {
        using var scripts = new Scripts();
        var script = scripts.Write("check-login", "( [ \"$1\" = frodo ] || [ \"$1\" = system ] ) && [ \"$2\" = 'it'\"'\"'s $(mine); \"precious\"' ]");
        var (host, admin) = await StartWithAsync("auth-program", ("auth_plugin", script + " %user% %pass%"));
        using var _ = host;

        await Users.LoggedInAsync(host, "frodo", "it's $(mine); \"precious\"");
        var reserved = await host.Browser().PostFormAsync("/login", ("name", "system"), ("password", "it's $(mine); \"precious\""));
        (await reserved.Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");
        (await admin.TextAsync("/users/frodo")).ShouldContain("Authentication program");
        var refused = await host.Browser().PostFormAsync("/login", ("name", "frodo"), ("password", "its mine"));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");
    }

    private static async Task<(TestHost, HttpClient)> StartWithAsync(string component, params (string Key, string Value)[] settings)
    {
        var host = new TestHost();
        var admin = host.Browser();
        (await admin.PostFormAsync("/setup", FirstRun.Fields(components: component))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FirstRun.LogInAsync(admin);
        var saved = await AdminSettings.SaveAsync(admin, settings);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        return (host, admin);
    }
}
