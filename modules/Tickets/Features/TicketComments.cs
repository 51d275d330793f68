using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Comments: level 1 comments on a ticket it can see, unless the ticket is closed, optionally attaching a file
/// (then <see cref="TicketCommented"/> is published); authors rewrite their own comments; level 5 deletes any. The
/// NodePoint-compatible API comments as <c>api</c>, or keeps an update's summary as its editor's comment, even on a
/// closed ticket (an update may close it).
/// </summary>
internal sealed class TicketComments(TicketsDbContext db, ICurrentUser user, IEventBus events, TicketAttachments attachments)
{
    public Task<string?> AddAsync(Ticket ticket, string text, IFormFile? file, CancellationToken cancellationToken) =>
        AddAsync(ticket, user.Name, text, file, evenIfClosed: false, cancellationToken);

    public async Task<string?> AddAsync(Ticket ticket, string author, string text, IFormFile? file, bool evenIfClosed, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (ticket.Status == TicketStatus.Closed && !evenIfClosed)
            return "Closed tickets take no more comments.";
        if (text.Length is 0 or > TicketComment.MaxText)
            return $"Write a comment of at most {TicketComment.MaxText} characters.";
        if (file is not null && attachments.Check(file) is { } fileError)
            return fileError;
        var comment = TicketComment.Create(ticket.Id, author, text);
        db.Comments.Add(comment);
        ticket.Touch();
        await db.SaveChangesAsync(cancellationToken);
        if (file is not null)
        {
            await attachments.StoreAsync(comment, file, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        var recipients = await TicketRecipients.ForAsync(db, ticket, author, [], cancellationToken);
        await events.PublishAsync(new TicketCommented(ticket.Id, ticket.Title, comment.Id, author, text, recipients), cancellationToken);
        return null;
    }

    public bool MayRewrite(TicketComment comment) => user.Kind == UserKind.User && comment.IsBy(user.Name);

    public bool MayDelete => user.Level >= AccessLevel.UsersManagement;

    public async Task<string?> RewriteAsync(Ticket ticket, int commentId, string text, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.TicketId == ticket.Id, cancellationToken);
        if (comment is null)
            return "That comment no longer exists.";
        if (!MayRewrite(comment))
            return "Only the author may change a comment.";
        text = text.Trim();
        if (text.Length is 0 or > TicketComment.MaxText)
            return $"Write a comment of at most {TicketComment.MaxText} characters.";
        comment.Rewrite(text);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> DeleteAsync(Ticket ticket, int commentId, CancellationToken cancellationToken)
    {
        if (!MayDelete)
            return "Only level 5 and up may delete comments.";
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.TicketId == ticket.Id, cancellationToken);
        if (comment is null)
            return "That comment no longer exists.";
        var files = await db.Attachments.Where(a => a.CommentId == comment.Id).ToListAsync(cancellationToken);
        db.Attachments.RemoveRange(files);
        db.Comments.Remove(comment);
        db.Changes.Add(TicketChange.Create(ticket.Id, user.Name, "Comment deleted", comment.Author, ""));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in files)
            attachments.Remove(file);
        return null;
    }
}
