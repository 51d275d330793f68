using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class SetupPageTests
{
    [Fact]
    public async Task Every_page_leads_to_setup_on_a_new_instance()
    {
        using var host = new TestHost();
        var client = host.Browser();

        foreach (var url in new[] { "/", "/settings", "/login", "/no-such-page" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.OriginalString.ShouldBe("/setup");
        }
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.TextAsync("/setup")).ShouldContain("Welcome to NodePoint");
    }

    [Fact]
    public async Task After_setup_the_home_page_shows_the_site_name_and_notice()
    {
        using var host = new TestHost();
        var client = host.Browser();

        await FirstRun.CompleteAsync(client, "Acme Help Desk", "Printers are down on floor 3.");

        var home = await client.TextAsync("/");
        home.ShouldContain("<title>Home - Acme Help Desk</title>");
        home.ShouldContain("Printers are down on floor 3.");
        home.ShouldContain("bg-success"); // theme colour 2 = green
    }

    [Fact]
    public async Task Setup_from_another_machine_needs_the_token_printed_in_the_log()
    {
        using var host = new TestHost();
        var client = host.Browser();

        var page = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/setup") { Headers = { { RemoteAddressStartupFilter.Header, "10.1.2.3" } } });
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldContain("setup token");

        var refused = await client.PostFormAsync("/setup", FirstRun.Fields(), remoteAddress: "10.1.2.3");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/")).Headers.Location!.OriginalString.ShouldBe("/setup", "nothing was configured");

        var logged = host.Logs.Lines.Single(l => l.Contains("/setup?token="));
        var token = logged[(logged.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim();
        var accepted = await client.PostFormAsync("/setup?token=" + token, FirstRun.Fields().Append(new("token", token)), remoteAddress: "10.1.2.3");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.TextAsync("/")).ShouldContain("Acme Help Desk");
    }

    [Fact]
    public async Task A_proxied_request_is_not_treated_as_local()
    {
        using var host = new TestHost();
        var client = host.Browser();

        var request = new HttpRequestMessage(HttpMethod.Get, "/setup") { Headers = { { "X-Forwarded-For", "203.0.113.9" } } };
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_explained_and_nothing_is_saved()
    {
        using var host = new TestHost();
        var client = host.Browser();
        var fields = FirstRun.Fields().Where(f => f.Key is not ("admin_password" or "admin_password_confirmation" or "site_name" or "api_write")).ToList();
        fields.AddRange([new("admin_password", "12345"), new("admin_password_confirmation", "12345"), new("site_name", ""), new("api_write", FirstRun.ReadKey)]);

        var response = await client.PostFormAsync("/setup", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Nothing was saved");
        html.ShouldContain("Admin password must be at least 6 characters.");
        html.ShouldContain("Site name is required.");
        html.ShouldContain("API write key must differ from the read key.");
        (await client.GetAsync("/")).Headers.Location!.OriginalString.ShouldBe("/setup");
    }

    [Fact]
    public async Task Reserved_admin_names_are_refused()
    {
        using var host = new TestHost();
        var client = host.Browser();
        var fields = FirstRun.Fields().Where(f => f.Key != "admin_name").Append(new("admin_name", "Guest"));

        var html = await (await client.PostFormAsync("/setup", fields)).Content.ReadAsStringAsync();

        WebUtility.HtmlDecode(html).ShouldContain("Admin name 'Guest' is reserved.");
    }

    [Fact]
    public async Task Setup_is_gone_once_done()
    {
        using var host = new TestHost();
        var client = host.Browser();
        await FirstRun.CompleteAsync(client);

        (await client.GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var again = await client.PostAsync("/setup", new FormUrlEncodedContent(FirstRun.Fields("Hijacked")));
        again.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await client.TextAsync("/")).ShouldNotContain("Hijacked");
    }

    [Fact]
    public async Task The_admin_logs_in_with_the_chosen_password_only()
    {
        using var host = new TestHost();
        var client = host.Browser();
        await FirstRun.CompleteAsync(client);

        var wrong = await client.PostFormAsync("/login", ("name", FirstRun.AdminName), ("password", "not-it"));
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Wrong user name or password.");

        await FirstRun.LogInAsync(client, FirstRun.AdminName.ToUpperInvariant());
        (await client.TextAsync("/")).ShouldContain("Log out " + FirstRun.AdminName);
    }
}
