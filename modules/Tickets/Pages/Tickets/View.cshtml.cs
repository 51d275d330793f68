using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>A ticket: seen by those the visibility setting allows; comment (1+), follow (logged in), update (3+).</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ViewTicketModel(
    TicketsDbContext db, TicketVisibility visibility, IProjectDirectory projects, ICurrentUser user, EditTicket editing, TicketComments comments) : PageModel
{
    public Ticket? Ticket { get; private set; }
    public string ProjectName { get; private set; } = "";
    public IReadOnlyList<TicketComment> Comments { get; private set; } = [];
    public IReadOnlyList<TicketChange> History { get; private set; } = [];
    public IReadOnlyList<string> Assignees { get; private set; } = [];
    public bool Following { get; private set; }
    public string? Error { get; private set; }
    public ICurrentUser Viewer => user;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCommentAsync(int id, string? text, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.Authorized, t => comments.AddAsync(t, text ?? "", null, cancellationToken), "Comment added.", cancellationToken);

    public Task<IActionResult> OnPostEditAsync(int id, string? title, string? release, string? priority, string? status, string? resolution, bool assign_me, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.TicketsManagement,
            t => editing.EditAsync(t, new EditTicket.Request(title ?? "", release ?? "", priority ?? "", status ?? "", resolution ?? "", assign_me), cancellationToken),
            "Ticket updated.", cancellationToken);

    public Task<IActionResult> OnPostFollowAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.Unauthorized, async t =>
        {
            var me = user.Name.ToUpperInvariant();
            var existing = await db.Followers.SingleOrDefaultAsync(f => f.TicketId == t.Id && f.NormalizedUserName == me, cancellationToken);
            if (existing is null) db.Followers.Add(TicketPerson.Create(t.Id, user.Name)); else db.Followers.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }, "Following updated.", cancellationToken);

    private async Task<IActionResult> ActAsync(int id, AccessLevel needed, Func<Ticket, Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (user.Level < needed)
            return user.IsAuthenticated ? Forbid() : Challenge();
        Error = await action(Ticket!);
        if (Error is not null)
            return Page();
        TempData["np:flash"] = done;
        return Redirect("/tickets/" + id);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Ticket = await db.Tickets.FindAsync([id], cancellationToken);
        if (Ticket is null || !visibility.CanSee(Ticket))
            return false;
        ProjectName = (await projects.FindAsync(Ticket.ProjectId, cancellationToken))?.Name ?? "(removed)";
        Comments = await db.Comments.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        History = await db.Changes.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        Assignees = await db.Assignees.AsNoTracking().Where(a => a.TicketId == id).Select(a => a.UserName).ToListAsync(cancellationToken);
        var me = user.Name.ToUpperInvariant();
        Following = user.IsAuthenticated && await db.Followers.AnyAsync(f => f.TicketId == id && f.NormalizedUserName == me, cancellationToken);
        return true;
    }
}
