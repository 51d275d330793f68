using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>Who hears about a ticket: its author, its assignees and its followers, never the person who acted.</summary>
internal static class TicketRecipients
{
    public static async Task<List<string>> ForAsync(TicketsDbContext db, Ticket ticket, string actor, IEnumerable<string> extra, CancellationToken cancellationToken)
    {
        var assignees = await db.Assignees.Where(a => a.TicketId == ticket.Id).Select(a => a.UserName).ToListAsync(cancellationToken);
        var followers = await db.Followers.Where(f => f.TicketId == ticket.Id).Select(f => f.UserName).ToListAsync(cancellationToken);
        return new[] { ticket.CreatedBy }.Concat(assignees).Concat(followers).Concat(extra)
            .Where(n => n != "Guest" && !string.Equals(n, actor, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
