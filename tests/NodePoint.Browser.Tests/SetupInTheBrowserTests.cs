using Microsoft.Playwright;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Browser.Tests;

public class SetupInTheBrowserTests
{
    [Fact]
    public async Task A_person_completes_setup_logs_in_and_sees_the_home_page()
    {
        await using var session = await BrowserSession.StartAsync(new TestHost().WithSampleModule());
        var page = session.Page;

        await session.GoAsync("/");
        page.Url.ShouldEndWith("/setup");
        await page.FillAsync("#admin_name", "helpdesk-admin");
        await page.FillAsync("#admin_password", "open sesame");
        await page.FillAsync("#admin_password_confirmation", "open sesame");
        await page.FillAsync("#f-site_name", "Contoso IT");
        await page.FillAsync("#f-motd", "The VPN will restart at 18:00.");
        await page.SelectOptionAsync("#f-default_vis", "Restricted");
        await page.CheckAsync("#c-guestbook");
        await page.ClickAsync("button[type=submit]:has-text('Complete setup')");

        await page.WaitForURLAsync("**/login");
        await page.FillAsync("#name", "helpdesk-admin");
        await page.FillAsync("#password", "open sesame");
        await page.ClickAsync("main button[type=submit]");

        await page.WaitForURLAsync(session.BaseAddress + "/");
        (await page.TitleAsync()).ShouldBe("Home - Contoso IT");
        (await page.InnerTextAsync(".navbar-brand")).ShouldBe("Contoso IT");
        (await page.InnerTextAsync(".np-notice")).ShouldBe("The VPN will restart at 18:00.");
        (await page.InnerTextAsync("#guestbook-panel")).ShouldContain("Latest guestbook entries");
        (await page.Locator("nav a:has-text('Guestbook')").CountAsync()).ShouldBe(1);

        var screenshot = Environment.GetEnvironmentVariable("NODEPOINT_SCREENSHOT");
        if (!string.IsNullOrEmpty(screenshot))
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
    }

    [Fact]
    public async Task A_mistake_in_the_setup_form_is_shown_next_to_the_kept_values()
    {
        await using var session = await BrowserSession.StartAsync(new TestHost());
        var page = session.Page;

        await session.GoAsync("/setup");
        await page.FillAsync("#admin_password", "abcdef");
        await page.FillAsync("#admin_password_confirmation", "abcdeg");
        await page.FillAsync("#f-site_name", "Kept Name");
        await page.ClickAsync("button[type=submit]:has-text('Complete setup')");

        (await page.InnerTextAsync(".alert-danger")).ShouldContain("The two admin passwords do not match.");
        (await page.InputValueAsync("#f-site_name")).ShouldBe("Kept Name");
    }
}
