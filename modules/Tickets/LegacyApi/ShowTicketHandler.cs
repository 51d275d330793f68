using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>show_ticket</c> (read key): any ticket, whatever its project's visibility or its status, in 1.7.4's layout: a
/// second <c>status</c> field holds the ticket's status after <c>priority</c>, so parsers that keep the last duplicate
/// read the ticket's status. Assignees and followers are space-separated; attachments are not shown (see list_files).
/// </summary>
internal sealed class ShowTicketHandler(TicketsDbContext db, ISiteTime time) : ILegacyApiHandler
{
    // The hottest read of the legacy API: its queries are compiled once.
    private static readonly Func<TicketsDbContext, int, CancellationToken, Task<Ticket?>> TicketById =
        EF.CompileAsyncQuery((TicketsDbContext db, int id, CancellationToken _) => db.Tickets.AsNoTracking().SingleOrDefault(t => t.Id == id));
    private static readonly Func<TicketsDbContext, int, IAsyncEnumerable<string>> AssigneesOf =
        EF.CompileAsyncQuery((TicketsDbContext db, int id) => db.Assignees.AsNoTracking().Where(a => a.TicketId == id).OrderBy(a => a.NormalizedUserName).Select(a => a.UserName).AsQueryable());
    private static readonly Func<TicketsDbContext, int, IAsyncEnumerable<string>> FollowersOf =
        EF.CompileAsyncQuery((TicketsDbContext db, int id) => db.Followers.AsNoTracking().Where(f => f.TicketId == id).OrderBy(f => f.NormalizedUserName).Select(f => f.UserName).AsQueryable());
    private static readonly Func<TicketsDbContext, int, IAsyncEnumerable<TicketComment>> CommentsOf =
        EF.CompileAsyncQuery((TicketsDbContext db, int id) => db.Comments.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.Id).AsQueryable());

    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("id") ?? request.CheckKey()) is { } refused)
            return refused;
        var id = request.Integer("id");
        if (id is <= 0 or > int.MaxValue || await TicketById(db, (int)id, cancellationToken) is not { } ticket)
            return TicketArguments.TicketNotFound();
        var assignees = await AssigneesOf(db, ticket.Id).ToListAsync(cancellationToken);
        var followers = await FollowersOf(db, ticket.Id).ToListAsync(cancellationToken);
        var comments = await CommentsOf(db, ticket.Id).ToListAsync(cancellationToken);
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
