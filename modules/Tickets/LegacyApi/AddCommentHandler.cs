using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>add_comment</c> (write key): comments as <c>api</c> (the original took no <c>from_user</c> here) through the
/// ticket page's rules, which tell the ticket's people. Unlike the original, the ticket must exist and not be closed.
/// </summary>
internal sealed class AddCommentHandler(TicketsDbContext db, TicketComments comments, IAuditLog audit) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text("comment").Trim();
        if ((TicketArguments.RequireText(request, "comment") ?? request.Require("id")
             ?? TicketArguments.TooLong("comment", text, TicketComment.MaxText) ?? request.CheckKey()) is { } refused)
            return refused;
        if (await TicketArguments.FindAsync(db, request, tracked: true, cancellationToken) is not { } ticket)
            return TicketArguments.TicketNotFound();
        if (await comments.AddAsync(ticket, LegacyApiRequest.ApiUser, text, file: null, evenIfClosed: false, cancellationToken) is { } problem)
            return LegacyApiResponse.InvalidArgument(problem);
        await audit.RecordAsync("ticket.commented", $"Comment added to ticket {ticket.Id} through the API.", cancellationToken);
        return LegacyApiResponse.Ok("Comment added.");
    }
}
