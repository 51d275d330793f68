using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features.Forms;

namespace NodePoint.Modules.Tickets.Pages.Tickets.Forms;

/// <summary>The custom ticket forms (level 4): name, linked project, default, last change.</summary>
[RequireLevel(AccessLevel.ProjectsManagement)]
internal sealed class CustomFormsIndexModel(TicketsDbContext db, EditCustomForm editor) : PageModel
{
    public IReadOnlyList<CustomForm> Forms { get; private set; } = [];
    public IReadOnlyDictionary<int, string> ProjectNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forms = await db.Forms.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        ProjectNames = (await editor.ProjectsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
    }
}
