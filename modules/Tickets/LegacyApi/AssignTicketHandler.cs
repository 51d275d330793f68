using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>assign_ticket</c> (write key, NodePoint 1.6.2): adds <c>user</c> to a ticket's assignees, by <c>api</c> or the
/// <c>from_user</c>, with a history row; the new assignee is told, the ticket's other people see the change. Unlike the
/// original, the ticket and the user must exist (an enabled account), and someone already assigned is not added twice.
/// </summary>
internal sealed class AssignTicketHandler(TicketsDbContext db, IUserDirectory users, AssignTicket assigning, IAuditLog audit) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("id") ?? request.CheckKey()) is { } refused)
            return refused;
        var actor = await request.ActorAsync(cancellationToken);
        if (actor.Refusal is not null)
            return actor.Refusal;
        if (request.IsMissing("user"))
            return LegacyApiResponse.InvalidArgument("Missing 'user' value.");
        if (await TicketArguments.FindAsync(db, request, tracked: true, cancellationToken) is not { } ticket)
            return TicketArguments.TicketNotFound();
        var user = await users.FindAsync(request.Text("user"), cancellationToken);
        if (user is null)
            return LegacyApiResponse.InvalidArgument("Invalid 'user' value: no user has that name.");
        if (user.Disabled)
            return LegacyApiResponse.InvalidArgument("Invalid 'user' value: that user is disabled.");
        if (await assigning.AssignAsync(ticket, user.Name, actor.Name, cancellationToken))
            await audit.RecordAsync("ticket.assigned",
                $"'{user.Name}' assigned to ticket {ticket.Id} through the API{(actor.IsImpersonated ? $" by '{actor.Name}'" : "")}.", cancellationToken);
        return LegacyApiResponse.Ok("Ticket updated.");
    }
}
