using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>Level 1 comments on a ticket they can see, unless it is closed; then <see cref="TicketCommented"/> is published.</summary>
internal sealed class CommentTicket(TicketsDbContext db, ICurrentUser user, IEventBus events)
{
    public async Task<string?> CommentAsync(Ticket ticket, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (ticket.Status == TicketStatus.Closed)
            return "Closed tickets take no more comments.";
        if (text.Length is 0 or > TicketComment.MaxText)
            return $"Write a comment of at most {TicketComment.MaxText} characters.";
        var comment = TicketComment.Create(ticket.Id, user.Name, text);
        db.Comments.Add(comment);
        ticket.Touch();
        await db.SaveChangesAsync(cancellationToken);
        var recipients = await TicketRecipients.ForAsync(db, ticket, user.Name, [], cancellationToken);
        await events.PublishAsync(new TicketCommented(ticket.Id, ticket.Title, comment.Id, user.Name, text, recipients), cancellationToken);
        return null;
    }
}
