using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Api;

/// <summary>
/// <c>/api/v1/tickets</c>: the same rules as the pages (visibility, levels, validation) as JSON, with problem details
/// for errors. Comments are posted as forms so a file can come along.
/// </summary>
internal static class TicketsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup("/api/v1/tickets").WithTags("Tickets");
        tickets.MapGet("", ListAsync).RequireLevel(AccessLevel.Guest)
            .WithSummary("Tickets you may see: filter with project, status, priority, assignee, creator; search with q; sort; page and size.");
        tickets.MapGet("/{id:int}", GetAsync).RequireLevel(AccessLevel.Guest).WithSummary("One ticket.");
        tickets.MapPost("", FileAsync).RequireLevel(AccessLevel.Authorized).WithSummary("Files a ticket (level 1).");
        tickets.MapPatch("/{id:int}", UpdateAsync).RequireLevel(AccessLevel.TicketsManagement).WithSummary("Updates a ticket (level 3).");
        tickets.MapGet("/{id:int}/comments", CommentsAsync).RequireLevel(AccessLevel.Guest).WithSummary("A ticket's comments with their attachments, oldest first.");
        tickets.MapPost("/{id:int}/comments", CommentAsync).RequireLevel(AccessLevel.Authorized).DisableAntiforgery()
            .WithSummary("Adds a comment (form fields text and optionally file).");
        tickets.MapGet("/{id:int}/attachments/{file:int}", DownloadAsync).RequireLevel(AccessLevel.Guest).WithSummary("Downloads an attachment.");
        tickets.MapGet("/{id:int}/followers", FollowersAsync).RequireLevel(AccessLevel.Guest).WithSummary("Who follows a ticket.");
        tickets.MapPut("/{id:int}/followers/me", (int id, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, [FromServices] TicketFollowers followers, CancellationToken ct) =>
            FollowAsync(id, true, db, visibility, followers, ct)).RequireLevel(AccessLevel.Unauthorized).WithSummary("Follows a ticket.");
        tickets.MapDelete("/{id:int}/followers/me", (int id, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, [FromServices] TicketFollowers followers, CancellationToken ct) =>
            FollowAsync(id, false, db, visibility, followers, ct)).RequireLevel(AccessLevel.Unauthorized).WithSummary("Stops following a ticket.");
        endpoints.MapGet("/api/v1/search", SearchAsync).RequireLevel(AccessLevel.Guest).WithTags("Tickets")
            .WithSummary("Full-text search over titles, descriptions and comments (q), ranked, with highlights; takes the list's filters.");
    }

    private static async Task<Results<Ok<ResultPage<TicketSummary>>, ValidationProblem>> ListAsync(HttpContext context, [FromServices] TicketList list, CancellationToken ct)
    {
        var filter = TicketFilter.From(context.Request.Query);
        if (filter.Problems.Count > 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = [.. filter.Problems] });
        var page = await list.PageAsync(filter, ct);
        return TypedResults.Ok(new ResultPage<TicketSummary>(page.Rows.Select(TicketSummary.From).ToList(), filter.Page, filter.PageSize, page.HasMore));
    }

    private static async Task<Results<Ok<ResultPage<TicketSummary>>, ValidationProblem>> SearchAsync(HttpContext context, [FromServices] TicketList list, CancellationToken ct)
    {
        if (SearchTerms.ToFtsQuery(context.Request.Query["q"].FirstOrDefault() ?? "") is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give at least one word to search for."] });
        return await ListAsync(context, list, ct);
    }

    private static async Task<Results<Ok<TicketDetail>, ProblemHttpResult>> GetAsync(int id, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, CancellationToken ct) =>
        await FindAsync(db, visibility, id, ct) is { } ticket ? TypedResults.Ok(await DetailAsync(db, ticket, ct)) : NotFound(id);

    private static async Task<Results<Created<TicketDetail>, ValidationProblem, ProblemHttpResult>> FileAsync(
        NewTicket body, [FromServices] FileTicket filing, [FromServices] TicketsDbContext db, CancellationToken ct)
    {
        if (!filing.MayFile)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not file tickets.");
        var (ticket, errors) = await filing.FileAsync(
            new FileTicket.Request(body.ProjectId, body.Release ?? "", body.Title ?? "", body.Description ?? "", body.Priority ?? "Normal", body.Custom), ct);
        if (ticket is null)
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        return TypedResults.Created($"/api/v1/tickets/{ticket.Id}", await DetailAsync(db, ticket, ct));
    }

    private static async Task<Results<Ok<TicketDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, TicketUpdate body, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, [FromServices] EditTicket editing, CancellationToken ct)
    {
        if (await FindAsync(db, visibility, id, ct, tracked: true) is not { } ticket)
            return NotFound(id);
        var error = await editing.EditAsync(ticket, new EditTicket.Request(
            body.Title ?? ticket.Title, body.Release ?? ticket.Release, body.Priority ?? ticket.Priority.ToString(), body.Status ?? ticket.Status.ToString(),
            body.Resolution ?? ticket.Resolution, body.AssignMe, body.Custom), ct);
        if (error is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ticket"] = [error] });
        return TypedResults.Ok(await DetailAsync(db, ticket, ct));
    }

    private static async Task<Results<Ok<List<CommentResource>>, ProblemHttpResult>> CommentsAsync(
        int id, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, CancellationToken ct)
    {
        if (await FindAsync(db, visibility, id, ct) is null)
            return NotFound(id);
        var comments = await db.Comments.AsNoTracking().Where(c => c.TicketId == id).OrderBy(c => c.Id).ToListAsync(ct);
        var files = (await db.Attachments.AsNoTracking().Where(a => a.TicketId == id).OrderBy(a => a.Id).ToListAsync(ct)).ToLookup(a => a.CommentId);
        return TypedResults.Ok(comments.Select(c => new CommentResource(c.Id, c.Author, c.Text, c.CreatedUtc, c.ModifiedUtc,
            files[c.Id].Select(f => new AttachmentResource(f.Id, f.FileName, f.Size, f.UploadedBy, f.UploadedUtc, $"/api/v1/tickets/{id}/attachments/{f.Id}")).ToList())).ToList());
    }

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> CommentAsync(
        int id, [FromForm] string? text, IFormFile? file, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility,
        [FromServices] TicketComments comments, CancellationToken ct)
    {
        if (await FindAsync(db, visibility, id, ct, tracked: true) is not { } ticket)
            return NotFound(id);
        var error = await comments.AddAsync(ticket, text ?? "", file, ct);
        if (error is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["comment"] = [error] });
        return TypedResults.Created($"/api/v1/tickets/{id}/comments");
    }

    private static async Task<IResult> DownloadAsync(int id, int file, HttpContext context, [FromServices] TicketAttachments attachments, CancellationToken ct)
    {
        if (await attachments.OpenVisibleAsync(id, file, ct) is not var (attachment, content))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Attachment not found.");
        TicketAttachments.MarkAsDownload(context.Response);
        return TypedResults.File(content, "application/octet-stream", attachment.FileName);
    }

    private static async Task<Results<Ok<List<string>>, ProblemHttpResult>> FollowersAsync(
        int id, [FromServices] TicketsDbContext db, [FromServices] TicketVisibility visibility, CancellationToken ct)
    {
        if (await FindAsync(db, visibility, id, ct) is null)
            return NotFound(id);
        return TypedResults.Ok(await db.Followers.AsNoTracking().Where(f => f.TicketId == id).OrderBy(f => f.NormalizedUserName).Select(f => f.UserName).ToListAsync(ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> FollowAsync(
        int id, bool follow, TicketsDbContext db, TicketVisibility visibility, TicketFollowers followers, CancellationToken ct)
    {
        if (await FindAsync(db, visibility, id, ct) is null)
            return NotFound(id);
        await followers.SetAsync(id, follow, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ticket?> FindAsync(TicketsDbContext db, TicketVisibility visibility, int id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Tickets : db.Tickets.AsNoTracking();
        var ticket = await query.SingleOrDefaultAsync(t => t.Id == id, ct);
        return ticket is not null && visibility.CanSee(ticket) ? ticket : null;
    }

    private static async Task<TicketDetail> DetailAsync(TicketsDbContext db, Ticket t, CancellationToken ct)
    {
        var assignees = await db.Assignees.AsNoTracking().Where(a => a.TicketId == t.Id).Select(a => a.UserName).ToListAsync(ct);
        var followers = await db.Followers.AsNoTracking().Where(f => f.TicketId == t.Id).Select(f => f.UserName).ToListAsync(ct);
        return new TicketDetail(t.Id, t.ProjectId, t.Release, t.Title, t.Description, t.Priority.ToString(), t.Status.ToString(), t.Resolution, t.Custom,
            t.CreatedBy, t.CreatedUtc, t.ModifiedUtc, assignees, followers);
    }

    private static ProblemHttpResult NotFound(int id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Ticket {id} not found.");
}
