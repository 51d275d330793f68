using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Guestbook.Data;

namespace NodePoint.Modules.Guestbook.Components;

internal sealed class LatestGuestbookEntriesViewComponent(GuestbookDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var latest = await db.Entries.AsNoTracking().OrderByDescending(e => e.AtUtc).Take(5).ToListAsync();
        return View(latest);
    }
}
