using System.Text.Json;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>
/// <c>from_user</c>, through the sample Guestbook module's <c>sign_guestbook</c> call (a third-party module's call):
/// honoured only while "Allow user impersonation" is on, and, unlike the original, only for an existing, enabled user.
/// </summary>
public class ImpersonationTests
{
    [Fact]
    public async Task While_impersonation_is_off_from_user_is_refused_after_the_key()
    {
        await using var site = await ApiSite.StartAsync();
        await site.AddUserAsync("alice");

        (await site.Api.CallAsync("sign_guestbook", ("message", "hi"), ("from_user", "alice"))).ShouldBeMissing("key");
        (await site.Api.WriteAsync("sign_guestbook", ("message", "hi"), ("from_user", "alice")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "User impersonation is not on.");
        (await site.Api.WriteAsync("sign_guestbook", ("message", "plain"), ("from_user", "0"))).ShouldBeOk("Entry 1 added.");

        (await AuthorsAsync(site)).ShouldBe(["api"]);
    }

    [Fact]
    public async Task While_it_is_on_only_existing_enabled_users_can_be_named()
    {
        await using var site = await ApiSite.StartAsync();
        await site.SaveSettingsAsync(("api_imp", "true"));
        await site.AddUserAsync("alice");
        await site.AddUserAsync("eve");
        await site.DisableUserAsync("eve");

        (await site.Api.WriteAsync("sign_guestbook", ("message", "as alice"), ("from_user", "ALICE"))).ShouldBeOk("Entry 1 added.");
        (await site.Api.WriteAsync("sign_guestbook", ("message", "as api"))).ShouldBeOk("Entry 2 added.");
        foreach (var unknown in new[] { "nobody", FirstRun.AdminName })
            (await site.Api.WriteAsync("sign_guestbook", ("message", "x"), ("from_user", unknown)))
                .ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'from_user' value: no user has that name.");
        (await site.Api.WriteAsync("sign_guestbook", ("message", "x"), ("from_user", "eve")))
            .ShouldBe("ERR_INVALID_ARGUMENT", "Invalid 'from_user' value: that user is disabled.");

        (await AuthorsAsync(site)).ShouldBe(["api", "alice"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_switched_off_components_calls_answer_like_unknown_ones()
    {
        await using var site = await ApiSite.StartAsync();
        (await site.Api.WriteAsync("sign_guestbook", ("message", "on"))).ShouldBeOk("Entry 1 added.");

        await site.Admin.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"));

        (await site.Api.WriteAsync("sign_guestbook", ("message", "off"))).ShouldBe("ERR_INVALID_API", "Invalid 'api' value. See the manual for valid values.");
        await site.Admin.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "true"));
        (await site.Api.WriteAsync("sign_guestbook", ("message", "on again"))).ShouldBeOk("Entry 2 added.");
    }

    private static async Task<List<string>> AuthorsAsync(ApiSite site)
    {
        using var entries = JsonDocument.Parse(await site.Host.Browser().GetStringAsync("/api/v1/guestbook/entries"));
        return [.. entries.RootElement.EnumerateArray().Select(e => e.GetProperty("author").GetString()!)];
    }
}
