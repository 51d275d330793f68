using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

public class UsersManagementTests
{
    [Fact]
    public async Task The_list_filters_by_level_and_links_to_each_summary()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "tyrion", 4, "tyrion@example.org");
        await Users.CreateAsync(admin, "cersei", 3);

        var level4 = await admin.TextAsync("/users?level=4");
        level4.ShouldContain("href=\"/users/tyrion\"");
        level4.ShouldNotContain("cersei");

        var summary = await admin.TextAsync("/users/tyrion");
        summary.ShouldContain("4 - Projects management");
        summary.ShouldContain("tyrion@example.org");
        summary.ShouldContain("Never");
    }

    [Fact]
    public async Task A_manager_assigns_levels_up_to_their_own_and_leaves_higher_accounts_alone()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "manager", 4);
        await Users.CreateAsync(admin, "boss", 5);
        await Users.CreateAsync(admin, "clerk", 1);
        await admin.PostFormAsync("/users/manager", [new("level", "5")], postUrl: "/users/manager?handler=Level");
        await admin.PostFormAsync("/users/boss", [new("level", "5")], postUrl: "/users/boss?handler=Level");
        var manager = await Users.LoggedInAsync(host, "manager");

        var tooHigh = await manager.PostFormAsync("/users/clerk", [new("level", "6")], postUrl: "/users/clerk?handler=Level");
        (await tooHigh.Content.ReadAsStringAsync()).ShouldContain("Choose a level between 0 and 5.");
        var self = await manager.PostFormAsync("/users/manager", [new("level", "1")], postUrl: "/users/manager?handler=Level");
        (await self.Content.ReadAsStringAsync()).ShouldContain("You cannot change your own account here");
        (await manager.PostFormAsync("/users/clerk", [new("level", "3")], postUrl: "/users/clerk?handler=Level")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await admin.TextAsync("/users/clerk")).ShouldContain("3 - Tickets management");
        (await admin.TextAsync("/settings/audit?action=user.level_changed")).ShouldContain("'clerk' changed from level 1 to 3.");
    }

    [Fact]
    public async Task Users_below_level_5_cannot_manage_users()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "agent", 4);
        var agent = await Users.LoggedInAsync(host, "agent");

        (await agent.GetAsync("/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.GetAsync("/users/agent")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await agent.PostFormAsync("/users/new", ("name", "sockpuppet"), ("password", "fresh-pass"), ("password_confirmation", "fresh-pass"), ("level", "1"));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.TextAsync("/users")).ShouldNotContain("sockpuppet");
    }

    [Fact]
    public async Task A_new_user_with_a_bad_field_is_not_created()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;

        var response = await admin.PostFormAsync("/users/new", ("name", "half"), ("password", "fresh-pass"), ("password_confirmation", "other-pass"), ("email", ""), ("level", "2"));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("The two passwords do not match.");
        (await admin.GetAsync("/users/half")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
