using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class ModuleDiscoveryTests
{
    [Fact]
    public async Task A_module_dropped_into_the_modules_folder_is_migrated_routed_and_rendered()
    {
        using var host = new TestHost().WithSampleModule();
        var client = host.Browser();
        await FirstRun.CompleteAsync(client, components: "guestbook");

        var signed = await client.PostFormAsync("/guestbook", ("author", "Ada"), ("message", "Hello from the sample module"));
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.TextAsync("/guestbook");
        page.ShouldContain("Sign our guestbook");             // its declared setting's default
        page.ShouldContain("Hello from the sample module");   // its data, through its own DbContext
        page.ShouldContain("href=\"/guestbook\"");             // its menu entry, in the host's layout
        (await client.TextAsync("/")).ShouldContain("Latest guestbook entries"); // its home panel

        var api = await client.GetAsync("/api/v1/guestbook/entries");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        json.RootElement[0].GetProperty("author").GetString().ShouldBe("Ada");

        var css = await client.GetAsync("/_content/NodePoint.Modules.Guestbook/guestbook.css");
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await css.Content.ReadAsStringAsync()).ShouldContain(".guestbook-title");

        TablesIn(host).ShouldContain("guestbook_entry");
        TablesIn(host).ShouldContain("__migrations_guestbook");
    }

    [Fact]
    public async Task A_module_page_rejects_bad_input_and_saves_nothing()
    {
        using var host = new TestHost().WithSampleModule();
        var client = host.Browser();
        await FirstRun.CompleteAsync(client, components: "guestbook");

        var response = await client.PostFormAsync("/guestbook", ("author", new string('x', 41)), ("message", "too long a name"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Enter a name (at most 40 characters)");
        (await client.TextAsync("/guestbook")).ShouldNotContain("too long a name");
    }

    [Fact]
    public async Task A_broken_module_is_skipped_with_a_logged_reason_and_the_host_still_serves()
    {
        using var host = new TestHost().WithSampleModule()
            .WithFile("modules/Broken/NodePoint.Modules.Broken.dll", "this is not an assembly"u8.ToArray())
            .WithFile("plugins/Empty/readme.txt", "no assembly here"u8.ToArray());
        var client = await FirstRun.ConfiguredAdminAsync(host, "guestbook");

        host.Logs.Lines.ShouldContain(l => l.StartsWith("Error:") && l.Contains("Broken") && l.Contains("was skipped"));
        host.Logs.Lines.ShouldContain(l => l.Contains("Empty") && l.Contains("NodePoint.Plugins.Empty.dll is missing"));
        (await client.GetAsync("/guestbook")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var components = await client.TextAsync("/settings/components");
        components.ShouldContain("Broken");
        components.ShouldContain("cannot load NodePoint.Modules.Broken.dll");
        components.ShouldContain("Guestbook");
    }

    private static List<string> TablesIn(TestHost host)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataFolder, "nodepoint.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }
}
