using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Data;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>show_ticket</c> (read key): any ticket, whatever its project's visibility or its status, in 1.7.4's layout: a
/// second <c>status</c> field holds the ticket's status after <c>priority</c>, so parsers that keep the last duplicate
/// read the ticket's status. Assignees and followers are space-separated; attachments are not shown (see list_files).
/// </summary>
internal sealed class ShowTicketHandler(TicketsDbContext db, ISiteTime time) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("id") ?? request.CheckKey()) is { } refused)
            return refused;
        if (await TicketArguments.FindAsync(db, request, tracked: false, cancellationToken) is not { } ticket)
            return TicketArguments.TicketNotFound();
        var assignees = await db.Assignees.AsNoTracking().Where(a => a.TicketId == ticket.Id).OrderBy(a => a.NormalizedUserName).Select(a => a.UserName).ToListAsync(cancellationToken);
        var followers = await db.Followers.AsNoTracking().Where(f => f.TicketId == ticket.Id).OrderBy(f => f.NormalizedUserName).Select(f => f.UserName).ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.TicketId == ticket.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return LegacyApiResponse.Ok("Ticket showed.")
            .With("id", ticket.Id)
            .With("product_id", ticket.ProjectId)
            .With("release_id", ticket.Release)
            .With("created_by", ticket.CreatedBy)
            .With("assigned_to", string.Join(" ", assignees))
            .With("title", ticket.Title)
            .With("description", TicketArguments.Lines(ticket.Description))
            .With("priority", ticket.Priority.ToString())
            .With("status", ticket.Status.ToString()) // the original's second "status": kept, last, so last-wins parsers read the ticket's
            .With("resolution", ticket.Resolution)
            .With("followers", string.Join(" ", followers))
            .With("created_on", LegacyApiText.Timestamp(ticket.CreatedUtc, time))
            .With("modified_on", LegacyApiText.Timestamp(ticket.ModifiedUtc, time))
            .With("comments", comments.Select(c => new LegacyApiObject
            {
                { "id", c.Id },
                { "name", c.Author },
                { "comment", TicketArguments.Lines(c.Text) },
                { "created_on", LegacyApiText.Timestamp(c.CreatedUtc, time) },
                { "modified_on", LegacyApiText.Timestamp(c.ModifiedUtc, time) },
            }));
    }
}
