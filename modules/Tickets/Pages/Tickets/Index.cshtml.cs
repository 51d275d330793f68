using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>The tickets this visitor may see: filtered, searched, sorted, a page at a time, and exportable as CSV.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class TicketsIndexModel(TicketList list, IProjectDirectory projects, ICurrentUser user, FileTicket filing) : PageModel
{
    public TicketFilter Filter { get; private set; } = TicketFilter.From(new Microsoft.AspNetCore.Http.QueryCollection());
    public TicketPage Results { get; private set; } = new([], false);
    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];
    public bool MayFile => filing.MayFile;

    public string ProjectName(int id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = TicketFilter.From(Request.Query);
        Projects = await projects.VisibleToAsync(user.Level, cancellationToken);
        Results = await list.PageAsync(Filter, cancellationToken);
    }
}
