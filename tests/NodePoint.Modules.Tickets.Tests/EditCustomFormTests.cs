using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class EditCustomFormTests
{
    [Fact]
    public async Task Level_4_edits_forms_and_level_3_is_refused()
    {
        using var desk = await HelpDesk.StartAsync();
        await Users.CreateAsync(desk.Admin, "maria", 4);
        var maria = await Users.LoggedInAsync(desk.Host, "maria");

        (await desk["bob"].GetAsync("/tickets/forms")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk["bob"].GetAsync("/tickets/forms/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CustomForms.PostAsync(desk["bob"], "Sneaky", 0, true, ("Title?", "text"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk["bob"].TextAsync("/")).ShouldNotContain("href=\"/tickets/forms\"");
        (await maria.TextAsync("/")).ShouldContain("href=\"/tickets/forms\"");

        var id = await CustomForms.CreateAsync(maria, "Printer trouble", 1, false, ("What is wrong?", "text"), ("How many pages?", "number"));

        var list = await maria.TextAsync("/tickets/forms");
        list.ShouldContain("<td>Printers</td>");
        list.ShouldNotContain("Sneaky");
        var editor = await maria.TextAsync($"/tickets/forms/{id}");
        editor.ShouldContain("value=\"How many pages?\"");
        editor.ShouldContain("<option value=\"number\" selected=\"selected\">Number</option>");
    }

    [Fact]
    public async Task A_form_needs_a_name_a_title_question_and_a_type_for_each_question_or_nothing_is_saved()
    {
        using var desk = await HelpDesk.StartAsync();

        var response = await CustomForms.PostAsync(desk.Admin, new string('n', 51), 99, true,
            ("", "text"), ("Model?", ""), ("", "number"), ("Colour?", "hologram"), (new string('q', 201), "text"));

        var page = await CustomForms.TextOfAsync(response);
        page.ShouldContain("Nothing was saved.");
        page.ShouldContain("Enter a form name of at most 50 characters.");
        page.ShouldContain("Choose a project, or none.");
        page.ShouldContain("Enter the title question (row Title): its answer becomes the ticket's title.");
        page.ShouldContain("Choose an answer type for question 1.");
        page.ShouldContain("Row 2 has an answer type but no question.");
        page.ShouldContain("Question 3 has an unknown answer type.");
        page.ShouldContain("Question 4 must be at most 200 characters.");
        page.ShouldContain("value=\"Colour?\""); // what was typed stays
        var file = await CustomForms.TextOfAsync(await CustomForms.PostAsync(desk.Admin, "Upload", 0, false, ("Your file", "file")));
        file.ShouldContain("The title question cannot be a file upload.");
        (await desk.Admin.TextAsync("/tickets/forms")).ShouldContain("No custom forms yet.");
    }

    [Fact]
    public async Task Linking_a_project_or_making_the_default_takes_it_from_the_previous_form()
    {
        using var desk = await HelpDesk.StartAsync();
        var first = await CustomForms.CreateAsync(desk.Admin, "First", 1, true, ("Title?", "text"));

        var second = await CustomForms.CreateAsync(desk.Admin, "Second", 1, true, ("Summary?", "text"));

        var firstEditor = await desk.Admin.TextAsync($"/tickets/forms/{first}");
        firstEditor.ShouldContain("<option value=\"0\" selected=\"selected\">None</option>");
        firstEditor.ShouldNotContain("checked=\"checked\"");
        var secondEditor = await desk.Admin.TextAsync($"/tickets/forms/{second}");
        secondEditor.ShouldContain("<option value=\"1\" selected=\"selected\">Printers</option>");
        secondEditor.ShouldContain("checked=\"checked\"");
        (await desk["alice"].TextAsync("/tickets/new?project=1")).ShouldContain("Summary?");
    }

    [Fact]
    public async Task Editing_keeps_the_other_forms_and_deleting_brings_back_the_built_in_form()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await CustomForms.CreateAsync(desk.Admin, "Printer trouble", 1, false, ("What is wrong?", "text"));
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("What is wrong?");

        var refused = await desk.Admin.PostFormAsync($"/tickets/forms/{id}", CustomForms.Fields("", 1, false, ("Changed?", "text")));
        (await CustomForms.TextOfAsync(refused)).ShouldContain("Enter a form name of at most 50 characters.");
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("What is wrong?");
        (await desk.Admin.PostFormAsync($"/tickets/forms/{id}", CustomForms.Fields("Printer trouble", 1, false, ("What broke?", "text")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("What broke?");

        (await desk.Admin.PostFormAsync($"/tickets/forms/{id}", [], postUrl: $"/tickets/forms/{id}?handler=Delete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await desk.Admin.TextAsync("/tickets/forms")).ShouldContain("Form Printer trouble deleted.");
        (await desk.Admin.GetAsync($"/tickets/forms/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var builtIn = await desk["alice"].TextAsync("/tickets/new");
        builtIn.ShouldNotContain("What broke?");
        builtIn.ShouldContain("id=\"description\"");
    }
}
