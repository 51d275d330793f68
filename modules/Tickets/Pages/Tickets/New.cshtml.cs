using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>Files a ticket: level 1 and up, or guests when "Allow guest tickets" is on.</summary>
[RequireLevel(AccessLevel.Authorized, GuestsWhen = "guest_tickets")]
internal sealed class NewTicketModel(FileTicket filing, ICurrentUser user) : PageModel
{
    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];
    public int ProjectId { get; private set; }
    public string Release { get; private set; } = "";
    public string Priority { get; private set; } = "Normal";
    public string TicketTitle { get; private set; } = "";
    public string Description { get; private set; } = "";
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int? project, CancellationToken cancellationToken)
    {
        if (!filing.MayFile)
            return Refuse();
        ProjectId = project ?? 0;
        Projects = await filing.ProjectsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int project, string? release, string? title, string? description, string? priority, CancellationToken cancellationToken)
    {
        if (!filing.MayFile)
            return Refuse();
        var (ticket, errors) = await filing.FileAsync(new FileTicket.Request(project, release ?? "", title ?? "", description ?? "", priority ?? ""), cancellationToken);
        if (ticket is null)
        {
            (ProjectId, Release, TicketTitle, Description, Priority, Errors) = (project, release ?? "", title ?? "", description ?? "", priority ?? "Normal", errors);
            Projects = await filing.ProjectsAsync(cancellationToken);
            return Page();
        }
        TempData["np:flash"] = $"Ticket {ticket.Id} filed.";
        return Redirect("/tickets/" + ticket.Id);
    }

    // Guests are asked to log in; logged-in level 0 users are refused.
    private IActionResult Refuse() => user.IsAuthenticated ? Forbid() : Challenge();
}
