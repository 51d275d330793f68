using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>
/// A ticket: seen by those the visitor may see under the visibility setting; comment with a file (1+), rewrite your
/// own comment, delete comments (5+), follow (logged in), update (3+); attachments download only from here.
/// </summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ViewTicketModel(
    TicketsDbContext db, TicketVisibility visibility, IProjectDirectory projects, ICurrentUser user, EditTicket editing,
    TicketComments comments, TicketAttachments attachments, TicketFollowers followers, CustomField customField) : PageModel
{
    public Ticket? Ticket { get; private set; }
    public string ProjectName { get; private set; } = "";
    public IReadOnlyList<TicketComment> Comments { get; private set; } = [];
    public ILookup<int, TicketAttachment> Files { get; private set; } = Array.Empty<TicketAttachment>().ToLookup(a => a.CommentId);
    public IReadOnlyList<TicketChange> History { get; private set; } = [];
    public IReadOnlyList<string> Assignees { get; private set; } = [];
    public bool Following { get; private set; }
    public string? Error { get; private set; }
    public ICurrentUser Viewer => user;
    public CustomField CustomField => customField;
    public bool MayUpload => attachments.MayUpload;
    public bool MayRewrite(TicketComment comment) => comments.MayRewrite(comment);
    public bool MayDeleteComments => comments.MayDelete;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>An attachment, to those who may see the ticket: always a download under its original name, never rendered.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int file, CancellationToken cancellationToken)
    {
        if (await attachments.OpenVisibleAsync(id, file, cancellationToken) is not var (attachment, content))
            return NotFound();
        TicketAttachments.MarkAsDownload(Response);
        return File(content, "application/octet-stream", attachment.FileName);
    }

    public Task<IActionResult> OnPostCommentAsync(int id, string? text, IFormFile? file, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.Authorized, t => comments.AddAsync(t, text ?? "", file, cancellationToken), "Comment added.", cancellationToken);

    public Task<IActionResult> OnPostRewriteCommentAsync(int id, int comment, string? text, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.Authorized, t => comments.RewriteAsync(t, comment, text ?? "", cancellationToken), "Comment updated.", cancellationToken);

    public Task<IActionResult> OnPostDeleteCommentAsync(int id, int comment, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.UsersManagement, t => comments.DeleteAsync(t, comment, cancellationToken), "Comment deleted.", cancellationToken);

    public Task<IActionResult> OnPostEditAsync(
        int id, string? title, string? release, string? priority, string? status, string? resolution, string? custom, bool assign_me, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.TicketsManagement,
            t => editing.EditAsync(t, new EditTicket.Request(title ?? "", release ?? "", priority ?? "", status ?? "", resolution ?? "", assign_me,
                customField.IsShown ? custom ?? "" : null), cancellationToken),
            "Ticket updated.", cancellationToken);

    public Task<IActionResult> OnPostFollowAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, AccessLevel.Unauthorized, async t =>
        {
            await followers.SetAsync(t.Id, !await followers.IsFollowingAsync(t.Id, cancellationToken), cancellationToken);
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
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }
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
        Files = (await db.Attachments.AsNoTracking().Where(a => a.TicketId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken)).ToLookup(a => a.CommentId);
        History = await db.Changes.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        Assignees = await db.Assignees.AsNoTracking().Where(a => a.TicketId == id).Select(a => a.UserName).ToListAsync(cancellationToken);
        Following = await followers.IsFollowingAsync(id, cancellationToken);
        return true;
    }
}
