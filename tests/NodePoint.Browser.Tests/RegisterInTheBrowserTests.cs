using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Browser.Tests;

public class RegisterInTheBrowserTests
{
    [Fact]
    public async Task A_visitor_registers_logs_in_and_logs_out_from_the_menu()
    {
        await using var session = await BrowserSession.StartAsync(new TestHost());
        await FirstRun.CompleteAsync(session.Host.Browser());
        var page = session.Page;

        await session.GoAsync("/login");
        await page.ClickAsync("a:has-text('Register')");
        await page.FillAsync("#name", "sam.w");
        await page.FillAsync("#password", "second-breakfast");
        await page.FillAsync("#password_confirmation", "second-breakfast");
        await page.ClickAsync("main button[type=submit]");

        await page.WaitForURLAsync("**/login");
        (await page.InnerTextAsync("#flash")).ShouldBe("User sam.w added. You can now log in.");
        await page.FillAsync("#name", "Sam.W");
        await page.FillAsync("#password", "second-breakfast");
        await page.ClickAsync("main button[type=submit]");

        await page.WaitForURLAsync(session.BaseAddress + "/");
        (await page.InnerTextAsync("#flash")).ShouldBe("Logged in successfully.");
        await page.ClickAsync("nav a:has-text('Settings')");
        (await page.InnerTextAsync("#your-account")).ShouldContain("You are logged in as sam.w, access level 1 - Authorized.");

        await page.ClickAsync("nav button:has-text('Log out')");
        await page.WaitForURLAsync(session.BaseAddress + "/");
        (await page.Locator("nav a:has-text('Log in')").CountAsync()).ShouldBe(1);
    }
}
