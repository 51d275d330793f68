using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>Without a custom form a ticket is filed through the built-in form, which asks the configurable custom field.</summary>
public class BuiltInTicketFormTests
{
    [Fact]
    public async Task The_custom_field_is_asked_as_its_setting_says_and_hidden_without_a_name()
    {
        using var desk = await HelpDesk.StartAsync();
        (await AdminSettings.SaveAsync(desk.Admin, ("tickets_custom_name", "Related page"), ("tickets_custom_type", "Link"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("<label class=\"form-label\" for=\"custom\">Related page</label>");

        var refused = await desk["alice"].PostFormAsync("/tickets/new", ("project", "1"), ("release", "1.0"), ("title", "Jam"), ("description", "kept"), ("priority", "Low"), ("custom", "not a link"));

        var page = await CustomForms.TextOfAsync(refused);
        page.ShouldContain("Related page must be a web address starting with http:// or https://.");
        page.ShouldContain(">kept</textarea>");
        page.ShouldContain("<option value=\"Low\" selected=\"selected\">Low</option>");
        var id = await CustomForms.FiledAsync(await desk["alice"].PostFormAsync("/tickets/new",
            ("project", "1"), ("release", "1.0"), ("title", "Jam"), ("description", ""), ("priority", "Low"), ("custom", "https://example.com/jam")));
        (await desk["alice"].TextAsync($"/tickets/{id}")).ShouldContain("https://example.com/jam");

        (await AdminSettings.SaveAsync(desk.Admin, ("tickets_custom_type", "Checkbox"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["alice"].TextAsync("/tickets/new")).ShouldContain("type=\"checkbox\" id=\"custom\" name=\"custom\"");
        (await AdminSettings.SaveAsync(desk.Admin, ("tickets_custom_name", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["alice"].TextAsync("/tickets/new")).ShouldNotContain("id=\"custom\"");
    }
}
