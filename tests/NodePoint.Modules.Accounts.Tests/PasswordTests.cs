using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

public class PasswordTests
{
    [Fact]
    public async Task A_lost_password_link_lets_the_user_choose_a_new_password_once()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await ConfirmedUserAsync(host, admin, "lost", "lost@example.org");

        var asked = await host.Browser().PostFormAsync("/account/lost-password", ("who", "LOST@example.org"));
        (await asked.Content.ReadAsStringAsync()).ShouldContain("a link to choose a new password is on its way");
        var link = host.Notifications!.Last("lost", "Password reset").Link!;

        var visitor = host.Browser();
        (await visitor.TextAsync(link)).ShouldContain("Choose a new password");
        var token = link.Split("token=")[1];
        var reset = await visitor.PostFormAsync(link, ("token", token), ("password", "brand-new-1"), ("password_confirmation", "brand-new-1"));
        reset.Headers.Location!.OriginalString.ShouldBe("/login");

        await Users.LoggedInAsync(host, "lost", "brand-new-1");
        (await (await host.Browser().PostFormAsync("/login", ("name", "lost"), ("password", Users.Password))).Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");
        (await visitor.TextAsync(link)).ShouldContain("This link is not valid any more");
        host.Notifications.Sent.ShouldNotContain(n => n.Text.Contains("brand-new-1"));
    }

    [Fact]
    public async Task The_answer_never_reveals_whether_an_account_or_address_exists()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "unconfirmed", 1, "unconfirmed@example.org");
        var before = host.Notifications!.Sent.Count;

        var answers = new List<string>();
        foreach (var who in new[] { "unconfirmed", "nobody-here", "nobody@example.org" })
        {
            var html = await (await host.Browser().PostFormAsync("/account/lost-password", ("who", who))).Content.ReadAsStringAsync();
            answers.Add(html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        }

        answers.Distinct().Count().ShouldBe(1);
        host.Notifications.Sent.Count.ShouldBe(before, "no link goes to an unconfirmed address");
    }

    [Fact]
    public async Task Without_mail_delivery_there_is_no_lost_password_page()
    {
        using var host = new TestHost();
        var client = host.Browser();
        await FirstRun.CompleteAsync(client);

        (await client.GetAsync("/account/lost-password")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.TextAsync("/login")).ShouldNotContain("Forgot your password?");
    }

    [Fact]
    public async Task Changing_ones_password_needs_the_current_one()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "careful", 1);
        var user = await Users.LoggedInAsync(host, "careful");

        var wrong = await user.PostFormAsync("/account/password", ("current_password", "not-mine"), ("new_password", "next-pass-1"), ("new_password_confirmation", "next-pass-1"));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Your current password is wrong.");

        var right = await user.PostFormAsync("/account/password", ("current_password", Users.Password), ("new_password", "next-pass-1"), ("new_password_confirmation", "next-pass-1"));
        right.Headers.Location!.OriginalString.ShouldBe("/login");
        await Users.LoggedInAsync(host, "careful", "next-pass-1");
    }

    [Fact]
    public async Task The_demo_account_cannot_change_its_password()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "demo", 1);
        var demo = await Users.LoggedInAsync(host, "demo");

        var response = await demo.PostFormAsync("/account/password", ("current_password", Users.Password), ("new_password", "hijacked-1"), ("new_password_confirmation", "hijacked-1"));

        (await response.Content.ReadAsStringAsync()).ShouldContain("The demo account cannot change its password.");
        await Users.LoggedInAsync(host, "demo");
    }

    private static async Task ConfirmedUserAsync(TestHost host, HttpClient admin, string name, string email)
    {
        await Users.CreateAsync(admin, name, 1, email);
        var code = host.Notifications!.Last(name, "Email confirmation").Link!.Split("code=")[1];
        var user = await Users.LoggedInAsync(host, name);
        (await user.PostFormAsync("/account/confirm-email", ("code", code))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_reset_link_dies_when_the_password_changes_another_way()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await ConfirmedUserAsync(host, admin, "wary", "wary@example.org");
        await host.Browser().PostFormAsync("/account/lost-password", ("who", "wary"));
        var link = host.Notifications!.Last("wary", "Password reset").Link!;

        var user = await Users.LoggedInAsync(host, "wary");
        await user.PostFormAsync("/account/password", ("current_password", Users.Password), ("new_password", "changed-pass-1"), ("new_password_confirmation", "changed-pass-1"));

        var reset = await host.Browser().PostFormAsync(link, ("token", link.Split("token=")[1]), ("password", "attacker-pass"), ("password_confirmation", "attacker-pass"));
        (await reset.Content.ReadAsStringAsync()).ShouldContain("This link is not valid any more");
        await Users.LoggedInAsync(host, "wary", "changed-pass-1");
    }

    [Fact]
    public async Task The_demo_account_gets_no_reset_link()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await ConfirmedUserAsync(host, admin, "demo", "demo@example.org");

        await host.Browser().PostFormAsync("/account/lost-password", ("who", "demo"));

        host.Notifications!.Sent.ShouldNotContain(n => n.Subject == "Password reset");
    }

    [Fact]
    public async Task Codes_and_reset_links_travel_by_mail_only()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await ConfirmedUserAsync(host, admin, "private", "private@example.org");
        await host.Browser().PostFormAsync("/account/lost-password", ("who", "private"));

        host.Notifications!.Last("private", "Email confirmation").AddressOnly.ShouldBeTrue();
        host.Notifications.Last("private", "Password reset").AddressOnly.ShouldBeTrue();
    }
}
