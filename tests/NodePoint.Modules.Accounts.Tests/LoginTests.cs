using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

public class LoginTests
{
    [Fact]
    public async Task A_user_logs_in_whatever_the_letter_case_and_sees_their_last_login_next_time()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "Marta.K", 1);

        var first = await Users.LoggedInAsync(host, "marta.k");
        (await first.TextAsync("/")).ShouldContain("Logged in successfully.");

        var second = await Users.LoggedInAsync(host, "MARTA.K");
        var home = await second.TextAsync("/");
        home.ShouldContain("Your last login was on");
        home.ShouldContain("Log out Marta.K");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "known", 1);
        var client = host.Browser();

        var wrong = await (await client.PostFormAsync("/login", ("name", "known"), ("password", "nope-nope"))).Content.ReadAsStringAsync();
        var unknown = await (await client.PostFormAsync("/login", ("name", "nobody"), ("password", "nope-nope"))).Content.ReadAsStringAsync();

        wrong.ShouldContain("Wrong user name or password.");
        unknown.ShouldContain("Wrong user name or password.");
        (await admin.TextAsync("/settings/audit?action=login.failed")).ShouldContain("Failed login for 'nobody'.");
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_for_a_while_even_with_the_right_password()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "target", 1);
        var attacker = host.Browser();

        for (var i = 0; i < 5; i++)
            await attacker.PostFormAsync("/login", ("name", "target"), ("password", "guess-" + i));
        var locked = await attacker.PostFormAsync("/login", ("name", "target"), ("password", Users.Password));

        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("Too many failed attempts. Please wait 15 minutes and try again.");
        (await admin.TextAsync("/settings/audit?action=login.throttled")).ShouldContain("'target' refused: too many failed attempts");
    }

    [Fact]
    public async Task A_disabled_user_is_refused_whatever_the_letter_case()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "eve", 1);
        (await admin.PostFormAsync("/users/eve", [], postUrl: "/users/eve?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var name in new[] { "eve", "EVE", "Eve" })
        {
            var response = await host.Browser().PostFormAsync("/login", ("name", name), ("password", Users.Password));
            (await response.Content.ReadAsStringAsync()).ShouldContain("This account is disabled.");
        }
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "leaver", 1);
        var client = await Users.LoggedInAsync(host, "leaver");

        (await client.PostFormAsync("/logout", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync("/settings")).Headers.Location!.AbsolutePath.ShouldBe("/login");
    }

    [Fact]
    public async Task A_burst_of_parallel_guesses_is_throttled_like_a_slow_one()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "burst", 1);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.Browser().PostFormAsync("/login", ("name", "burst"), ("password", "guess-" + i))));

        var response = await host.Browser().PostFormAsync("/login", ("name", "burst"), ("password", Users.Password));
        (await response.Content.ReadAsStringAsync()).ShouldContain("Too many failed attempts.");
    }
}
