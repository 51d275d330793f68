using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class ComponentToggleTests
{
    [Fact]
    public async Task A_disabled_component_answers_404_and_comes_back_with_its_data()
    {
        using var host = new TestHost().WithSampleModule();
        var client = await FirstRun.ConfiguredAdminAsync(host, "guestbook");
        await client.PostFormAsync("/guestbook", ("author", "Grace"), ("message", "Kept while switched off"));

        var off = await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"));
        off.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync("/guestbook")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/guestbook/entries")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var home = await client.TextAsync("/");
        home.ShouldNotContain("href=\"/guestbook\"");
        home.ShouldNotContain("Latest guestbook entries");
        (await client.TextAsync("/settings/components")).ShouldContain("Switch on");

        await client.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "true"));

        (await client.TextAsync("/guestbook")).ShouldContain("Kept while switched off");
        (await client.TextAsync("/settings/audit?action=component.disabled")).ShouldContain("Guestbook (guestbook) switched off.");
    }

    [Fact]
    public async Task A_component_left_off_at_setup_starts_switched_off()
    {
        using var host = new TestHost().WithSampleModule();
        var client = await FirstRun.ConfiguredAdminAsync(host); // guestbook not ticked

        (await client.GetAsync("/guestbook")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_admin_switches_components()
    {
        using var host = new TestHost().WithSampleModule();
        var admin = await FirstRun.ConfiguredAdminAsync(host, "guestbook");
        var guest = host.Browser();

        var response = await guest.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/login");
        (await admin.GetAsync("/guestbook")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
