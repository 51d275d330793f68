using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Components;

/// <summary>The project page's "Tickets" panel: how many of the project's tickets the visitor may see, by status, and the newest open ones.</summary>
public sealed class ProjectTicketsViewComponent : ViewComponent
{
    private const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync(int projectId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<TicketsDbContext>();
        var visible = HttpContext.RequestServices.GetRequiredService<TicketVisibility>().Filter(db.Tickets.AsNoTracking()).Where(t => t.ProjectId == projectId);
        var counts = await visible.GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(HttpContext.RequestAborted);
        var newest = await visible.Where(t => t.Status != TicketStatus.Closed).OrderByDescending(t => t.Id).Take(Shown).ToListAsync(HttpContext.RequestAborted);
        return View("~/Pages/Shared/_ProjectTickets.cshtml",
            new ProjectTicketsModel(projectId, counts.OrderBy(c => c.Status).Select(c => (c.Status, c.Count)).ToList(), newest));
    }
}

/// <summary>What the project page's tickets panel shows.</summary>
internal sealed record ProjectTicketsModel(int ProjectId, IReadOnlyList<(TicketStatus Status, int Count)> Counts, IReadOnlyList<Ticket> Newest);
