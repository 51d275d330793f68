using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>The sample Guestbook module contributes the "guestbook.entry" field type: a drop-down of the people who signed it.</summary>
public class ContributedFieldTypeTests
{
    [Fact]
    public async Task A_modules_field_type_is_offered_checked_against_its_choices_and_answered_as_text_once_the_module_is_off()
    {
        using var host = new TestHost().WithSampleModule();
        var admin = await FirstRun.ConfiguredAdminAsync(host, "tickets", "guestbook");
        (await admin.PostFormAsync("/projects/new", ("name", "Printers"), ("visibility", "Public"), ("release", "1.0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Users.CreateAsync(admin, "alice", 1);
        var alice = await Users.LoggedInAsync(host, "alice");
        (await host.Browser().PostFormAsync("/guestbook", ("author", "Grace"), ("message", "Lovely help desk"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await admin.TextAsync("/tickets/forms/new")).ShouldContain("<option value=\"guestbook.entry\">Guestbook entry</option>");
        var formId = await CustomForms.CreateAsync(admin, "Visitors", 1, false, ("Summary", "text"), ("Who signed?", "guestbook.entry"));
        (await alice.TextAsync("/tickets/new")).ShouldContain("<option value=\"Grace\">Grace</option>");
        var refused = await CustomForms.AnswerAsync(alice, ("field0", "Visitor"), ("field1", "Mallory"));
        (await CustomForms.TextOfAsync(refused)).ShouldContain("The answer to \"Who signed?\" must be one of the answers offered.");
        var id = await CustomForms.FiledAsync(await CustomForms.AnswerAsync(alice, ("field0", "Visitor"), ("field1", "Grace")));
        (await alice.TextAsync($"/tickets/{id}")).ShouldContain("Who signed?\nGrace</div>");

        (await admin.PostFormAsync("/settings/components", ("slug", "guestbook"), ("enabled", "false"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await admin.TextAsync("/tickets/forms/new")).ShouldNotContain("guestbook.entry");
        (await admin.TextAsync($"/tickets/forms/{formId}")).ShouldContain("guestbook.entry (its component is off: answered as text)");
        var asText = await alice.TextAsync("/tickets/new");
        asText.ShouldNotContain("<option value=\"Grace\">");
        asText.ShouldContain("name=\"field1\" type=\"text\"");
        var later = await CustomForms.FiledAsync(await CustomForms.AnswerAsync(alice, ("field0", "Another visitor"), ("field1", "Mallory")));
        (await alice.TextAsync($"/tickets/{later}")).ShouldContain("Who signed?\nMallory</div>");
        var unchanged = CustomForms.Fields("Visitors", 1, false, ("Summary", "text"), ("Who signed?", "guestbook.entry"));
        (await admin.PostFormAsync($"/tickets/forms/{formId}", unchanged)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
