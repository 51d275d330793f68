using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

/// <summary>Changes made by a manager reach a user's open session on its very next request.</summary>
public class SessionTests
{
    [Fact]
    public async Task A_level_change_takes_effect_on_the_next_request()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "rising", 1);
        var user = await Users.LoggedInAsync(host, "rising");
        (await user.GetAsync("/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PostFormAsync("/users/rising", [new("level", "5")], postUrl: "/users/rising?handler=Level")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await user.GetAsync("/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostFormAsync("/users/rising", [new("level", "0")], postUrl: "/users/rising?handler=Level")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await user.GetAsync("/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "mallory", 1);
        var user = await Users.LoggedInAsync(host, "mallory");

        await admin.PostFormAsync("/users/mallory", [], postUrl: "/users/mallory?handler=Disable");

        (await user.GetAsync("/settings")).Headers.Location!.AbsolutePath.ShouldBe("/login");
    }

    [Fact]
    public async Task A_password_set_by_a_manager_ends_the_open_session_and_replaces_the_old_password()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "forgetful", 1, "forgetful@example.org");
        var user = await Users.LoggedInAsync(host, "forgetful");

        var set = await admin.PostFormAsync("/users/forgetful", [new("password", "temporary-1"), new("password_confirmation", "temporary-1")], postUrl: "/users/forgetful?handler=Password");
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await user.GetAsync("/settings")).Headers.Location!.AbsolutePath.ShouldBe("/login");
        (await (await host.Browser().PostFormAsync("/login", ("name", "forgetful"), ("password", Users.Password))).Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");
        await Users.LoggedInAsync(host, "forgetful", "temporary-1");
        host.Notifications!.Last("forgetful", "Password reset").Text.ShouldNotContain("temporary-1");
    }
}
