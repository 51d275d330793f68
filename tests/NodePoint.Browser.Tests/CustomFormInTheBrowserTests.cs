using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Browser.Tests;

public class CustomFormInTheBrowserTests
{
    [Fact]
    public async Task A_manager_writes_a_custom_form_a_user_files_through_it_and_finds_the_ticket_on_the_home_page_and_by_search()
    {
        await using var session = await BrowserSession.StartAsync(new TestHost());
        var admin = await FirstRun.ConfiguredAdminAsync(session.Host, "tickets");
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"), ("release", "1.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Users.CreateAsync(admin, "maria", 4);
        await Users.CreateAsync(admin, "alice", 1);
        var page = session.Page;

        await LogInAsync(session, "maria");
        await page.ClickAsync("nav a:has-text('Custom forms')");
        await page.ClickAsync("a:has-text('New form')");
        await page.FillAsync("#name", "Printer trouble");
        await page.SelectOptionAsync("#project", new[] { "1" });
        await page.FillAsync("#question0", "What is wrong?");
        await page.FillAsync("#question1", "Since when?");
        await page.SelectOptionAsync("#type1", new[] { "date" });
        await page.FillAsync("#question2", "How annoying is it?");
        await page.SelectOptionAsync("#type2", new[] { "rating" });
        await page.FillAsync("#question3", "Does it block your work?");
        await page.SelectOptionAsync("#type3", new[] { "checkbox" });
        await page.ClickAsync("main button:has-text('Save form')");
        await page.WaitForURLAsync("**/tickets/forms");
        (await page.InnerTextAsync("#flash")).ShouldBe("Form Printer trouble saved.");
        (await page.InnerTextAsync("#custom-forms")).ShouldContain("Printers");
        await page.ClickAsync("nav button:has-text('Log out')");

        await LogInAsync(session, "alice");
        await session.GoAsync("/tickets/new");
        await page.FillAsync("#field0", "Toner smudges every page");
        await page.FillAsync("#field1", "2026-11-30");
        await page.SelectOptionAsync("#field2", new[] { "8" });
        await page.CheckAsync("#field3");
        await page.ClickAsync("main button:has-text('File ticket')");

        await page.WaitForURLAsync("**/tickets/1");
        (await page.InnerTextAsync("#flash")).ShouldBe("Ticket 1 filed.");
        (await page.InnerTextAsync("h1")).ShouldBe("1: Toner smudges every page");
        (await page.InnerTextAsync("main")).ShouldContain("How annoying is it?\n8");
        await session.GoAsync("/");
        (await page.InnerTextAsync(".ticket-panel:has-text('Tickets you created')")).ShouldContain("1: Toner smudges every page");
        var other = await (await Users.LoggedInAsync(session.Host, "alice")).PostFormAsync("/tickets/new", ("project", "1"), ("release", ""), ("field0", "Paper jam in tray 2"));
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await session.GoAsync("/tickets?q=smudges");
        (await page.InnerTextAsync("#tickets")).ShouldNotContain("Paper jam in tray 2");
        await page.ClickAsync("#tickets a:has-text('Toner smudges every page')");
        await page.WaitForURLAsync("**/tickets/1");
    }

    private static async Task LogInAsync(BrowserSession session, string name)
    {
        await session.GoAsync("/login");
        await session.Page.FillAsync("#name", name);
        await session.Page.FillAsync("#password", Users.Password);
        await session.Page.ClickAsync("main button[type=submit]");
        await session.Page.WaitForURLAsync(session.BaseAddress + "/");
    }
}
