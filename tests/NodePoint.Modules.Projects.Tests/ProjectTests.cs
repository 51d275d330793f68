using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Projects.Tests;

public class ProjectTests
{
    [Fact]
    public async Task A_manager_adds_a_project_with_its_first_release()
    {
        using var site = await ProjectSite.StartAsync();

        var id = await site.AddAsync("Payroll", release: "1.0");

        var page = await site.Users[1].TextAsync($"/projects/{id}");
        page.ShouldContain("Payroll");
        page.ShouldContain("<strong>1.0</strong>");
        (await site.Guest.TextAsync("/projects")).ShouldContain($"href=\"/projects/{id}\"");
        (await site.Admin.TextAsync("/settings/audit?action=project.created")).ShouldContain($"Project {id} 'Payroll' (Public).");
    }

    [Fact]
    public async Task Names_are_unique_without_regard_to_case_and_a_bad_form_saves_nothing()
    {
        using var site = await ProjectSite.StartAsync();
        await site.AddAsync("Intranet");

        var duplicate = await site.Manager.PostFormAsync("/projects/new", ("name", "INTRANET"), ("model", ""), ("visibility", "Public"), ("description", ""), ("release", ""));
        WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).ShouldContain("A project named 'INTRANET' already exists.");

        var bad = await site.Manager.PostFormAsync("/projects/new", ("name", "Website"), ("model", new string('m', 51)), ("visibility", "Secret"), ("description", "kept text"), ("release", ""));
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        html.ShouldContain("The model must be at most 50 characters.");
        html.ShouldContain("Choose a visibility.");
        html.ShouldContain("kept text");
        (await site.Manager.TextAsync("/projects")).ShouldNotContain("Website");
    }

    [Fact]
    public async Task Visibility_decides_who_sees_a_project()
    {
        using var site = await ProjectSite.StartAsync();
        var ids = new Dictionary<string, int>();
        foreach (var visibility in new[] { "Public", "Private", "Restricted", "Archived" })
            ids[visibility] = await site.AddAsync("P-" + visibility, visibility);

        var expectations = new (HttpClient Client, string Who, string[] Sees)[]
        {
            (site.Guest, "guest", ["Public"]),
            (site.Users[0], "level 0", ["Public", "Private"]),
            (site.Users[1], "level 1", ["Public", "Private"]),
            (site.Users[2], "level 2", ["Public", "Private", "Restricted"]),
            (site.Users[4], "level 4", ["Public", "Private", "Restricted", "Archived"]),
        };
        foreach (var (client, who, sees) in expectations)
        {
            var list = await client.TextAsync("/projects");
            foreach (var (visibility, id) in ids)
            {
                var visible = sees.Contains(visibility);
                list.Contains($"href=\"/projects/{id}\"").ShouldBe(visible, $"{who} and the {visibility} project in the list");
                (await client.GetAsync($"/projects/{id}")).StatusCode.ShouldBe(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, $"{who} opening the {visibility} project");
            }
        }
    }

    [Fact]
    public async Task Descriptions_render_markdown_without_scripts_or_javascript_links()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Docs", description: "# Manual\n\n**bold** <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>");

        var raw = await (await site.Guest.GetAsync($"/projects/{id}")).Content.ReadAsStringAsync();

        raw.ShouldMatch("<h1[^>]*>Manual</h1>");
        raw.ShouldContain("<strong>bold</strong>");
        raw.ShouldNotContain("<script>alert(1)");
        raw.ShouldNotContain("javascript:");
        raw.ShouldNotContain("<img src=x");
        raw.ShouldContain("&lt;img src=x onerror=alert(3)&gt;"); // raw HTML is shown as text, never run
    }

    [Fact]
    public async Task Level_1_cannot_add_or_edit_projects()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Locked");

        (await site.Users[1].GetAsync("/projects/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Users[3].PostFormAsync("/projects/new", ("name", "Sneaky"), ("visibility", "Public"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Users[3].PostFormAsync($"/projects/{id}/edit", ("name", "Renamed"), ("visibility", "Public"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await site.Guest.TextAsync($"/projects/{id}")).ShouldContain("Locked");
    }
}
