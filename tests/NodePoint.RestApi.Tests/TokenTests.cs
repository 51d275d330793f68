using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.RestApi.Tests;

public class TokenTests
{
    [Fact]
    public async Task A_token_acts_as_its_user_until_revoked_and_its_secret_is_shown_once()
    {
        using var site = await ApiSite.StartAsync();
        var token = site.Token("alice");

        var me = await site.Api("alice").GetAsync("/api/v1/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiSite.Json(me)).GetProperty("name").GetString().ShouldBe("alice");
        var settings = await site.Browser("alice").TextAsync("/settings");
        settings.ShouldContain(token[..10] + "…");
        settings.ShouldNotContain(token);
        foreach (var file in Directory.GetFiles(site.Host.DataFolder, "nodepoint.db*"))
            System.Text.Encoding.Latin1.GetString(await ReadSharedAsync(file)).ShouldNotContain(token);

        var id = System.Text.RegularExpressions.Regex.Match(settings, "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        (await site.Browser("alice").PostFormAsync("/settings", [new("id", id)], postUrl: "/account/tokens?handler=Revoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var revoked = await site.Api("alice").GetAsync("/api/v1/me");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        revoked.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task Unknown_tokens_other_users_tokens_and_disabled_users_are_refused()
    {
        using var site = await ApiSite.StartAsync();

        (await site.WithToken("np_" + new string('x', 40)).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await site.WithToken("garbage").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bobsSettings = await site.Browser("bob").TextAsync("/settings");
        var alicesId = System.Text.RegularExpressions.Regex.Match(await site.Browser("alice").TextAsync("/settings"), "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        var foreign = await site.Browser("bob").PostFormAsync("/settings", [new("id", alicesId)], postUrl: "/account/tokens?handler=Revoke");
        WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()).ShouldContain("That token does not exist any more.");
        (await site.Api("alice").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        bobsSettings.ShouldNotContain(site.Token("alice")[..10]);

        (await site.Admin.PostFormAsync("/users/alice", [], postUrl: "/users/alice?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.Api("alice").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_needs_a_name_and_a_level_change_applies_at_once()
    {
        using var site = await ApiSite.StartAsync();

        var unnamed = await site.Browser("alice").PostFormAsync("/settings", [new("name", "  ")], postUrl: "/account/tokens");
        WebUtility.HtmlDecode(await unnamed.Content.ReadAsStringAsync()).ShouldContain("Name the token (at most 50 characters)");
        (await site.Api("alice").GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Admin.PostFormAsync("/users/alice", [new("level", "5")], postUrl: "/users/alice?handler=Level")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.Api("alice").GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
