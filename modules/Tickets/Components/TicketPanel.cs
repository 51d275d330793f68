using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Components;

/// <summary>
/// A home-page list of the signed-in user's open tickets (not closed), newest first. ASP.NET Core only finds public view
/// components with public constructors, so the panels take the module's services from the request.
/// </summary>
public abstract class TicketPanel : ViewComponent
{
    private const int Shown = 20;

    private protected abstract string Title { get; }

    private protected abstract IQueryable<Ticket> Select(TicketsDbContext db, string normalizedUser);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        if (!user.IsAuthenticated)
            return Content("");
        var db = HttpContext.RequestServices.GetRequiredService<TicketsDbContext>();
        var tickets = await Select(db, user.Name.ToUpperInvariant())
            .Where(t => t.Status != TicketStatus.Closed)
            .OrderByDescending(t => t.Id).Take(Shown).AsNoTracking()
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Pages/Shared/_TicketPanel.cshtml", new TicketPanelModel(Title, tickets));
    }
}
