using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class SettingsPageTests
{
    [Fact]
    public async Task Saved_options_show_on_every_page_and_are_audited()
    {
        using var host = new TestHost().WithSampleModule();
        var client = await FirstRun.ConfiguredAdminAsync(host, "guestbook");

        var response = await client.PostFormAsync("/settings", await CurrentFieldsWith(client, ("site_name", "Service Desk"), ("motd", "Maintenance on Sunday."), ("theme_color", "5"),
            ("css_template", "/custom.css"), ("guestbook_title", "Say hello")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var page = await client.TextAsync("/guestbook");
        page.ShouldContain("<title>Guestbook - Service Desk</title>");
        page.ShouldContain("Maintenance on Sunday.");
        page.ShouldContain("bg-danger");
        page.ShouldContain("<link rel=\"stylesheet\" href=\"/custom.css\" />");
        page.ShouldContain("Say hello"); // a module's own setting
        var audit = await client.TextAsync("/settings/audit?action=settings.changed");
        audit.ShouldContain("site_name");
        audit.ShouldContain("guestbook_title");
    }

    [Fact]
    public async Task One_bad_field_saves_nothing_and_says_why()
    {
        using var host = new TestHost();
        var client = await FirstRun.ConfiguredAdminAsync(host);

        var response = await client.PostFormAsync("/settings", await CurrentFieldsWith(client, ("motd", "Should not be saved"),
            ("max_size", "12"), ("favicon", "javascript:alert(1)"), ("time_zone", "Mars/Olympus"), ("upload_folder", "../../etc")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Nothing was saved");
        html.ShouldContain("Maximum upload size (bytes) must be between 1000 and 1073741824.");
        html.ShouldContain("Favicon must be a path starting with / or an http(s) address.");
        html.ShouldContain("Time zone 'Mars/Olympus' is not a known time zone.");
        html.ShouldContain("Upload folder must be a folder path without '..'.");
        (await client.TextAsync("/")).ShouldContain("Mind the gap.");
    }

    [Fact]
    public async Task The_notice_is_shown_as_text_never_as_markup()
    {
        using var host = new TestHost();
        var client = await FirstRun.ConfiguredAdminAsync(host);

        await client.PostFormAsync("/settings", await CurrentFieldsWith(client, ("motd", "<script>alert('x')</script>")));

        var raw = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        raw.ShouldNotContain("<script>alert");
        raw.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task Settings_are_for_the_admin_only()
    {
        using var host = new TestHost();
        var admin = await FirstRun.ConfiguredAdminAsync(host);
        var guest = host.Browser();

        var response = await guest.GetAsync("/settings");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldBe("/login?ReturnUrl=%2Fsettings");
        (await guest.GetAsync("/settings/audit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await guest.GetAsync("/jobs")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await admin.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_the_admin_password_ends_other_sessions()
    {
        using var host = new TestHost();
        var first = await FirstRun.ConfiguredAdminAsync(host);
        var second = host.Browser();
        await FirstRun.LogInAsync(second);

        var changed = await first.PostFormAsync("/settings", [new("current_password", FirstRun.AdminPassword), new("new_password", "brand-new-pass"),
            new("new_password_confirmation", "brand-new-pass")], postUrl: "/settings?handler=Password");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await second.GetAsync("/settings")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the old session is no longer valid");
        var old = await second.PostFormAsync("/login", ("name", FirstRun.AdminName), ("password", FirstRun.AdminPassword));
        old.StatusCode.ShouldBe(HttpStatusCode.OK);
        await FirstRun.LogInAsync(second, FirstRun.AdminName, "brand-new-pass");
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        using var host = new TestHost();
        var client = await FirstRun.ConfiguredAdminAsync(host);

        var response = await client.PostFormAsync("/settings", [new("current_password", "guess"), new("new_password", "brand-new-pass"),
            new("new_password_confirmation", "brand-new-pass")], postUrl: "/settings?handler=Password");

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("The current password is wrong.");
        await FirstRun.LogInAsync(host.Browser());
    }

    private static Task<List<KeyValuePair<string, string>>> CurrentFieldsWith(HttpClient client, params (string Key, string Value)[] changes) =>
        AdminSettings.CurrentFieldsWith(client, changes);
}
