using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>list_users</c> (manual §5.3).</summary>
public class ListUsersTests
{
    [Fact]
    public async Task No_users_give_an_empty_list_in_the_original_layout()
    {
        await using var site = await ApiSite.StartAsync();

        var answer = await site.Api.ReadAsync("list_users");

        answer.Text.ShouldBe("{\n \"message\": \"Users list.\",\n \"status\": \"OK\",\n \"users\": [\n\n ]\n}\n");
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Lists_every_account_in_creation_order_but_never_the_admin(LegacyApiTransport transport)
    {
        await using var site = await ApiSite.StartAsync();
        await site.AddUserAsync("zoe", 3, "zoe@example.org");
        await site.AddUserAsync("adam", 0);
        await site.AddUserAsync("mallory", 1);
        await site.DisableUserAsync("mallory");

        var answer = await site.Api.Using(transport).ReadAsync("list_users");

        answer.ShouldBeOk("Users list.");
        answer.ShouldHaveFields("message", "status", "users");
        var users = answer.Items("users");
        users.Select(u => u["name"]).ShouldBe(["zoe", "adam", "mallory"]);
        foreach (var user in users)
            user.ShouldHaveFields("name", "access_level", "email");
        (users[0]["access_level"], users[0]["email"]).ShouldBe(("3", "zoe@example.org"));
        (users[1]["access_level"], users[1]["email"]).ShouldBe(("0", ""));
        answer.Text.ShouldContain(" \"users\": [\n  {\n   \"name\": \"zoe\",\n   \"access_level\": \"3\",\n   \"email\": \"zoe@example.org\"\n  },\n  {\n");
        answer.Text.ShouldEndWith("  }\n ]\n}\n");
        answer.Text.ShouldNotContain(FirstRun.AdminName);
    }

    [Fact]
    public async Task Checks_the_key_only()
    {
        await using var site = await ApiSite.StartAsync();

        (await site.Api.CallAsync("list_users")).ShouldBeMissing("key");
        (await site.Api.CallAsync("list_users", ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
    }
}
