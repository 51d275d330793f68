using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class TicketListTests
{
    [Fact]
    public async Task Filters_by_project_status_priority_assignee_and_creator_and_sorts()
    {
        using var desk = await HelpDesk.StartAsync();
        (await desk.Admin.PostFormAsync("/projects/new", ("name", "Scanners"), ("visibility", "Public"), ("release", "2.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var jam = await desk.FileAsync("alice", "Paper jam");
        var toner = await desk.FileAsync("carol", "Toner empty");
        var scan = await FileLowAsync(desk, "carol", 2, "2.0", "Scanner blurry");
        (await desk.EditAsync("bob", toner, "Resolved", "Replaced")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Titles(await desk["dave"].TextAsync("/tickets?project=2")).ShouldBe(["Scanner blurry"]);
        Titles(await desk["dave"].TextAsync("/tickets?status=Resolved")).ShouldBe(["Paper jam"]); // the edit helper retitles the ticket
        Titles(await desk["dave"].TextAsync("/tickets?priority=Low")).ShouldBe(["Scanner blurry"]);
        Titles(await desk["dave"].TextAsync("/tickets?creator=CAROL")).ShouldBe(["Scanner blurry", "Paper jam"]);
        Titles(await desk["dave"].TextAsync("/tickets?assignee=bob&sort=Oldest")).ShouldBe(["Paper jam", "Paper jam"]);
        Titles(await desk["dave"].TextAsync("/tickets?sort=Priority")).ShouldBe(["Paper jam", "Paper jam", "Scanner blurry"]);
        Titles(await desk["dave"].TextAsync("/tickets?sort=Oldest")).First().ShouldBe("Paper jam");
        _ = (jam, scan);
    }

    [Fact]
    public async Task Bad_filter_values_are_named_and_ignored()
    {
        using var desk = await HelpDesk.StartAsync();
        await desk.FileAsync("alice", "Paper jam");

        var page = await desk["alice"].TextAsync("/tickets?status=Bogus&priority=9&page=-3&size=7&project=x");

        page.ShouldContain("Unknown status 'Bogus'; choose one of New, Open, Invalid, Hold, Duplicate, Resolved, Closed.");
        page.ShouldContain("Unknown priority '9'");
        page.ShouldContain("There is no page '-3'.");
        page.ShouldContain("Show 25, 50, 100, 500 tickets per page.");
        page.ShouldContain("Unknown project 'x'.");
        Titles(page).ShouldBe(["Paper jam"]);
        (await desk["alice"].GetAsync("/tickets/export.csv?status=Bogus")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Pages_through_every_ticket_without_a_fixed_limit()
    {
        using var desk = await HelpDesk.StartAsync();
        for (var i = 1; i <= 27; i++)
            await desk.FileAsync("alice", $"Ticket number {i}");

        var first = await desk["alice"].TextAsync("/tickets?size=25");
        Titles(first).Count.ShouldBe(25);
        first.ShouldContain("rel=\"next\" href=\"/tickets?sort=Newest&size=25&page=2\"");
        var second = await desk["alice"].TextAsync("/tickets?sort=Newest&size=25&page=2");
        Titles(second).ShouldBe(["Ticket number 2", "Ticket number 1"]);
        second.ShouldNotContain("rel=\"next\"");
        second.ShouldContain("rel=\"prev\"");
    }

    [Fact]
    public async Task Search_ranks_title_matches_first_finds_comments_and_highlights_as_text()
    {
        using var desk = await HelpDesk.StartAsync();
        var inDescription = await desk.FileAsync("alice", "Paper jam", "The <b>fuser</b> is hot");
        var inTitle = await desk.FileAsync("carol", "Fuser broken", "Smells.");
        var inComment = await desk.FileAsync("carol", "Noise", "Clicks.");
        (await desk.CommentAsync("bob", inComment, "Probably the fuser fan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await desk.FileAsync("alice", "Unrelated", "Nothing here.");

        var response = await desk["dave"].GetAsync("/tickets?q=fuser");
        var raw = await response.Content.ReadAsStringAsync();

        Titles(WebUtility.HtmlDecode(raw)).ShouldBe(["Fuser broken", "Paper jam", "Noise"]);
        raw.ShouldContain("<mark>Fuser</mark> broken");
        raw.ShouldContain("The &lt;b&gt;<mark>fuser</mark>&lt;/b&gt; is hot");
        raw.ShouldContain("Probably the <mark>fuser</mark> fan");
        Titles(await desk["dave"].TextAsync("/tickets?q=FÜSER")).Count.ShouldBe(3); // letter case and accents do not matter
        Titles(await desk["dave"].TextAsync("/tickets?q=fus")).ShouldBeEmpty(); // whole words only
        Titles(await desk["dave"].TextAsync("/tickets?q=\"fuser\" OR noise NEAR(")).ShouldBeEmpty(); // typed operators are words, never FTS syntax
        Titles(await desk["dave"].TextAsync($"/tickets?q=fuser&creator=carol")).ShouldBe(["Fuser broken", "Noise"]);
        _ = (inDescription, inTitle);
    }

    [Fact]
    public async Task Search_follows_edits_and_deleted_comments()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Printer offline");
        (await desk.CommentAsync("alice", id, "Maybe the gizmotron")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Titles(await desk["alice"].TextAsync("/tickets?q=gizmotron")).ShouldBe(["Printer offline"]);

        (await desk.EditAsync("bob", id, "Open")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Titles(await desk["alice"].TextAsync("/tickets?q=jam")).ShouldBe(["Paper jam"]);
        Titles(await desk["alice"].TextAsync("/tickets?q=offline")).ShouldBeEmpty();

        await Users.CreateAsync(desk.Admin, "mia", 5);
        var moderator = await Users.LoggedInAsync(desk.Host, "mia");
        var page = await moderator.TextAsync($"/tickets/{id}");
        var commentId = System.Text.RegularExpressions.Regex.Match(page, "id=\"comment-(\\d+)\"").Groups[1].Value;
        (await moderator.PostFormAsync($"/tickets/{id}", [new("comment", commentId)], postUrl: $"/tickets/{id}?handler=DeleteComment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Titles(await desk["alice"].TextAsync("/tickets?q=gizmotron")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Csv_exports_every_filtered_ticket_with_formulas_defused()
    {
        using var desk = await HelpDesk.StartAsync();
        for (var i = 1; i <= 60; i++)
            await desk.FileAsync("alice", $"Bulk {i}");
        await desk.FileAsync("carol", "=HYPERLINK(\"http://evil\")", "line one\nline \"two\", three");

        var all = await desk["dave"].GetAsync("/tickets/export.csv");
        all.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        all.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var lines = ParseCsv(await all.Content.ReadAsStringAsync());
        lines[0].ShouldBe(["ID", "Project", "User", "Title", "Description", "Related tickets", "Priority", "Status", "Resolution", "Created", "Modified"]);
        lines.Count.ShouldBe(62);
        lines[1][3].ShouldBe("'=HYPERLINK(\"http://evil\")");
        lines[1][4].ShouldBe("line one\nline \"two\", three");
        lines[1][1].ShouldBe("Printers");
        lines[1][10].ShouldBe("Never");

        var carol = ParseCsv(await (await desk["dave"].GetAsync("/tickets/export.csv?creator=carol")).Content.ReadAsStringAsync());
        carol.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Hostile_titles_round_trip_as_text()
    {
        using var desk = await HelpDesk.StartAsync();
        const string hostile = "<script>alert(1)</script>' OR 1=1 --";
        var id = await desk.FileAsync("alice", hostile, "\"; DROP TABLE tickets_ticket; --");

        var raw = await (await desk["alice"].GetAsync($"/tickets/{id}")).Content.ReadAsStringAsync();
        raw.ShouldNotContain("<script>alert(1)</script>");
        WebUtility.HtmlDecode(raw).ShouldContain($"{id}: {hostile}");
        Titles(await desk["alice"].TextAsync("/tickets")).ShouldBe([hostile]);
        var csv = ParseCsv(await (await desk["alice"].GetAsync("/tickets/export.csv")).Content.ReadAsStringAsync());
        csv[1][3].ShouldBe(hostile);
        csv[1][4].ShouldBe("\"; DROP TABLE tickets_ticket; --");
        Titles(await desk["alice"].TextAsync("/tickets?q=script alert")).ShouldBe([hostile]);
    }

    internal static async Task<int> FileLowAsync(HelpDesk desk, string who, int project, string release, string title)
    {
        var response = await desk[who].PostFormAsync("/tickets/new", ("project", project.ToString()), ("release", release), ("title", title), ("description", "d"), ("priority", "Low"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The ticket titles listed in the table, in order, as text.</summary>
    internal static List<string> Titles(string decodedPage)
    {
        var table = decodedPage[decodedPage.IndexOf("id=\"tickets\"", StringComparison.Ordinal)..];
        return System.Text.RegularExpressions.Regex.Matches(table, "<a href=\"/tickets/\\d+\">(.*?)</a>")
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "</?mark>", "")).ToList();
    }

    /// <summary>A small RFC 4180 reader, so the test checks the bytes a spreadsheet would read.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row.ToArray()); row = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }
}
