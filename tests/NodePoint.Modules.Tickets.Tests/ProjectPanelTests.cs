using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class ProjectPanelTests
{
    [Fact]
    public async Task The_project_page_lists_its_tickets_until_tickets_are_switched_off()
    {
        using var desk = await HelpDesk.StartAsync("Restricted");
        await desk.FileAsync("alice", "Alice's jam");
        var carols = await desk.FileAsync("carol", "Carol's jam");
        (await desk.EditAsync("bob", carols, "Resolved", "Fixed")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var forDave = await desk["dave"].TextAsync("/projects/1");
        forDave.ShouldContain("id=\"project-tickets\"");
        forDave.ShouldContain("New: 1");
        forDave.ShouldContain("Resolved: 1");
        forDave.ShouldContain("Alice's jam");
        forDave.ShouldContain("Paper jam"); // the edit retitled Carol's ticket
        var forAlice = await desk["alice"].TextAsync("/projects/1");
        forAlice.ShouldContain("New: 1");
        forAlice.ShouldNotContain("Resolved: 1");
        forAlice.ShouldNotContain("Paper jam");

        (await desk.Admin.PostFormAsync("/settings/components", ("slug", "tickets"), ("enabled", "false"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await desk["dave"].TextAsync("/projects/1")).ShouldNotContain("id=\"project-tickets\"");
    }
}
