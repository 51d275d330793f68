using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>update_ticket</c> (write key, NodePoint 1.5.6): sets the status, priority and resolution given, by <c>api</c> or
/// the <c>from_user</c>, through the ticket page's edit: each change becomes a history row (the original appended an
/// audit block to the description) and the ticket's people are told. A <c>summary</c> is kept as a comment by the
/// same person. As in the original, closing needs no resolution; <c>time_spent</c> is accepted and ignored (there is
/// no time tracking). Unlike the original, a ticket that does not exist is reported.
/// </summary>
internal sealed class UpdateTicketHandler(TicketsDbContext db, EditTicket editing, TicketComments comments, IAuditLog audit) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("id") ?? request.CheckKey()) is { } refused)
            return refused;
        var actor = await request.ActorAsync(cancellationToken);
        if (actor.Refusal is not null)
            return actor.Refusal;
        var status = request.IsMissing("status") ? null : TicketArguments.Status(request.Text("status"));
        if (status is null && !request.IsMissing("status"))
            return LegacyApiResponse.InvalidArgument("Invalid 'status' value.");
        var priority = request.IsMissing("priority") ? null : TicketArguments.Priority(request.Text("priority"));
        if (priority is null && !request.IsMissing("priority"))
            return LegacyApiResponse.InvalidArgument("Invalid 'priority' value.");
        var resolution = request.IsMissing("resolution") ? null : request.Text("resolution").Trim();
        var summary = request.Text("summary").Trim();
        if ((TicketArguments.TooLong("resolution", resolution ?? "", Ticket.MaxResolution)
             ?? TicketArguments.TooLong("summary", summary, TicketComment.MaxText)) is { } tooLong)
            return tooLong;
        if (await TicketArguments.FindAsync(db, request, tracked: true, cancellationToken) is not { } ticket)
            return TicketArguments.TicketNotFound();

        var edit = new EditTicket.Request(ticket.Title, ticket.Release, (priority ?? ticket.Priority).ToString(), (status ?? ticket.Status).ToString(),
            resolution ?? ticket.Resolution, AssignMe: false);
        if (await editing.EditAsync(ticket, edit, new EditTicket.Editor(actor.Name, MayAssignSelf: false, ResolutionRequired: false), cancellationToken) is { } problem)
            return LegacyApiResponse.InvalidArgument(problem);
        // After the edit, so a summary that comes with closing the ticket is still kept.
        if (summary.Length > 0 && !request.IsMissing("summary")
            && await comments.AddAsync(ticket, actor.Name, summary, file: null, evenIfClosed: true, cancellationToken) is { } commentProblem)
            return LegacyApiResponse.InvalidArgument(commentProblem);
        await audit.RecordAsync("ticket.updated",
            $"Ticket {ticket.Id} updated through the API{(actor.IsImpersonated ? $" for '{actor.Name}'" : "")}.", cancellationToken);
        return LegacyApiResponse.Ok("Ticket updated.");
    }
}
