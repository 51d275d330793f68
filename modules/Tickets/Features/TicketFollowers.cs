using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>Anyone logged in follows or stops following a ticket they can see, for themselves.</summary>
internal sealed class TicketFollowers(TicketsDbContext db, ICurrentUser user)
{
    public Task<bool> IsFollowingAsync(int ticketId, CancellationToken cancellationToken) =>
        user.IsAuthenticated ? db.Followers.AnyAsync(f => f.TicketId == ticketId && f.NormalizedUserName == Me, cancellationToken) : Task.FromResult(false);

    /// <summary>Makes the current user follow (or not) the ticket; asking for what already holds changes nothing.</summary>
    public async Task SetAsync(int ticketId, bool follow, CancellationToken cancellationToken)
    {
        var existing = await db.Followers.SingleOrDefaultAsync(f => f.TicketId == ticketId && f.NormalizedUserName == Me, cancellationToken);
        if (follow && existing is null)
            db.Followers.Add(TicketPerson.Create(ticketId, user.Name));
        if (!follow && existing is not null)
            db.Followers.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
    }

    private string Me => user.Name.ToUpperInvariant();
}
