using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Modules.Guestbook.Data;

namespace NodePoint.Modules.Guestbook.Components;

/// <summary>
/// The home-page panel. ASP.NET Core only finds public view components with public constructors, so this
/// one takes the module's internal context from the request's services.
/// </summary>
public sealed class LatestGuestbookEntriesViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<GuestbookDbContext>();
        var latest = await db.Entries.AsNoTracking().OrderByDescending(e => e.AtUtc).Take(5).ToListAsync();
        return View(latest);
    }
}
