using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class FileThroughCustomFormTests
{
    [Fact]
    public async Task The_first_answer_is_the_title_a_priority_question_sets_the_priority_and_the_rest_make_the_description()
    {
        using var desk = await HelpDesk.StartAsync();
        await CustomForms.CreateAsync(desk.Admin, "Printer trouble", 1, false,
            ("Summary", "text"), ("Details", "textarea"), ("Pages", "number"), ("Urgent", "checkbox"), ("Works after restart", "yesno"),
            ("Reply to", "email"), ("Screenshot", "url"), ("When", "date"), ("How bad", "priority"), ("Phone", "phone"));

        var id = await CustomForms.FiledAsync(await CustomForms.AnswerAsync(desk["alice"],
            ("field0", "Tray 2 jams"), ("field1", "It jams\non page 3"), ("field2", "12"), ("field3", "true"), ("field4", "No"),
            ("field5", "ann@example.com"), ("field6", "https://example.com/shot.png"), ("field7", "2026-12-01"), ("field8", "High"), ("field9", "")));

        var page = await desk["dave"].TextAsync($"/tickets/{id}");
        page.ShouldContain($"{id}: Tray 2 jams</h1>");
        page.ShouldContain("Details\nIt jams\non page 3\n\nPages\n12\n\nUrgent\nYes\n\nWorks after restart\nNo\n\nReply to\nann@example.com\n\n" +
            "Screenshot\nhttps://example.com/shot.png\n\nWhen\n2026-12-01</div>");
        page.ShouldNotContain("How bad\n");
        page.ShouldContain("<dt class=\"col-5\">Priority</dt><dd class=\"col-7\">High</dd>");
    }

    [Fact]
    public async Task Each_answer_type_refuses_a_bad_answer_naming_the_question_keeps_what_was_typed_and_saves_nothing()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await CustomForms.CreateAsync(desk.Admin, "Printer trouble", 1, false,
            ("Summary", "text"), ("Details", "textarea"), ("Pages", "number"), ("Urgent", "checkbox"), ("Works after restart", "yesno"),
            ("Reply to", "email"), ("Screenshot", "url"), ("How annoying", "rating"), ("Happy with us", "satisfaction"), ("Under warranty", "truefalse"));

        var first = await CustomForms.TextOfAsync(await CustomForms.AnswerAsync(desk["alice"],
            ("field0", ""), ("field1", "kept details"), ("field2", "many"), ("field4", "Maybe"), ("field5", "bob@"), ("field6", "ftp://example.com"),
            ("field7", "11"), ("field8", "Somewhat"), ("field9", "Perhaps")));

        first.ShouldContain("Nothing was saved.");
        first.ShouldContain("Answer \"Summary\": it is the ticket's title (at most 99 characters).");
        first.ShouldContain("The answer to \"Pages\" must be a number, such as 42 or 3.5.");
        first.ShouldContain("The answer to \"Works after restart\" must be one of the answers offered.");
        first.ShouldContain("The answer to \"Reply to\" must be an email address, such as name@example.com.");
        first.ShouldContain("The answer to \"Screenshot\" must be a web address starting with http:// or https://.");
        first.ShouldContain("The answer to \"How annoying\" must be one of the answers offered.");
        first.ShouldContain("The answer to \"Happy with us\" must be one of the answers offered.");
        first.ShouldContain("The answer to \"Under warranty\" must be one of the answers offered.");
        first.ShouldContain(">kept details</textarea>");
        first.ShouldContain("value=\"many\"");
        first.ShouldContain("value=\"bob@\"");

        (await desk.Admin.PostFormAsync($"/tickets/forms/{id}", CustomForms.Fields("Printer trouble", 1, false,
            ("Summary", "text"), ("When", "date"), ("Phone", "phone"), ("How bad", "priority"), ("Note", "text")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await CustomForms.TextOfAsync(await CustomForms.AnswerAsync(desk["alice"],
            ("field0", new string('t', 100)), ("field1", "31/12/2026"), ("field2", "call me"), ("field3", "Urgent"), ("field4", new string('n', 501))));

        second.ShouldContain("Answer \"Summary\": it is the ticket's title (at most 99 characters).");
        second.ShouldContain("The answer to \"When\" must be a date (year-month-day).");
        second.ShouldContain("The answer to \"Phone\" must be a phone number (digits, spaces and + - ( ) . /).");
        second.ShouldContain("The answer to \"How bad\" must be one of the answers offered.");
        second.ShouldContain("The answer to \"Note\" must be at most 500 characters.");
        (await desk["dave"].GetAsync("/tickets/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_ip_address_question_records_the_filers_address_never_the_posted_one()
    {
        using var desk = await HelpDesk.StartAsync();
        await CustomForms.CreateAsync(desk.Admin, "Network", 1, false, ("Summary", "text"), ("Your address", "ip"));
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("value=\"127.0.0.1\" readonly");

        var response = await desk["alice"].PostFormAsync("/tickets/new", [new("project", "1"), new("release", ""), new("field0", "No network"), new("field1", "10.9.9.9")],
            remoteAddress: "203.0.113.7");

        var page = await desk["dave"].TextAsync($"/tickets/{await CustomForms.FiledAsync(response)}");
        page.ShouldContain("Your address\n203.0.113.7</div>");
        page.ShouldNotContain("10.9.9.9");
    }

    [Fact]
    public async Task A_file_question_attaches_the_upload_within_the_limits_for_those_who_may_upload()
    {
        using var desk = await HelpDesk.StartAsync();
        await CustomForms.CreateAsync(desk.Admin, "Screenshots", 1, false, ("Summary", "text"), ("Error screenshot", "file"));
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("enctype=\"multipart/form-data\"");
        (string, string)[] answers = [("project", "1"), ("release", "1.0"), ("field0", "Blue screen")];

        var id = await CustomForms.FiledAsync(await desk["alice"].PostFileAsync("/tickets/new", answers, "field1", "shot.png", [1, 2, 3], "image/png"));

        var page = await desk["dave"].TextAsync($"/tickets/{id}");
        page.ShouldContain(">Error screenshot</div>");
        page.ShouldContain(">shot.png</a>");
        (await File.ReadAllBytesAsync(Directory.GetFiles(Path.Combine(desk.Host.DataFolder, "uploads")).ShouldHaveSingleItem())).ShouldBe([1, 2, 3]);

        (await AdminSettings.SaveAsync(desk.Admin, ("max_size", "1000"), ("upload_lvl", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var big = await desk["dave"].PostFileAsync("/tickets/new", answers, "field1", "big.png", new byte[1001], "image/png");
        (await CustomForms.TextOfAsync(big)).ShouldContain("The file big.png is larger than the limit of 1,000 bytes.");
        var exe = await desk["dave"].PostFileAsync("/tickets/new", answers, "field1", "run.exe", [1], "application/octet-stream");
        (await CustomForms.TextOfAsync(exe)).ShouldContain("Files of type '.exe' are not accepted here; allowed: .png, .txt.");
        var below = await desk["alice"].TextAsync("/tickets/new");
        below.ShouldNotContain("type=\"file\"");
        below.ShouldNotContain("multipart/form-data");
        (await desk["dave"].GetAsync($"/tickets/{id + 1}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Directory.GetFiles(Path.Combine(desk.Host.DataFolder, "uploads")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_projects_own_form_comes_first_then_the_default_custom_form_then_the_built_in_form()
    {
        using var desk = await HelpDesk.StartAsync();
        (await desk.Admin.PostFormAsync("/projects/new", ("name", "Scanners"), ("visibility", "Public"), ("release", "2.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var choose = await desk["alice"].TextAsync("/tickets/new");
        choose.ShouldContain("Which project is the ticket about?");
        choose.ShouldNotContain("File ticket");
        (await desk["alice"].TextAsync("/tickets/new?project=2")).ShouldContain("id=\"description\"");

        await CustomForms.CreateAsync(desk.Admin, "Scanner form", 2, false, ("Which scanner?", "text"));
        await CustomForms.CreateAsync(desk.Admin, "General", 0, true, ("What happened?", "text"));

        (await desk["alice"].TextAsync("/tickets/new?project=2")).ShouldContain("Which scanner?");
        var printers = await desk["alice"].TextAsync("/tickets/new?project=1");
        printers.ShouldContain("What happened?");
        printers.ShouldNotContain("id=\"description\"");
        var id = await CustomForms.FiledAsync(await CustomForms.AnswerAsync(desk["alice"], ("field0", "Printer on fire")));
        (await desk["alice"].TextAsync($"/tickets/{id}")).ShouldContain("Printer on fire");
    }
}
