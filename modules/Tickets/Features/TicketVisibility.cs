using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// The "Ticket visibility" setting, applied wherever a ticket can be seen: Public (everyone), Private (logged-in
/// users), Restricted (level 2 and up see all, levels 0-1 only their own tickets).
/// </summary>
internal sealed class TicketVisibility(ISettings settings, ICurrentUser user)
{
    private string Mode => settings.Get("default_vis");

    public IQueryable<Ticket> Filter(IQueryable<Ticket> tickets)
    {
        if (Mode == "Public" || (user.IsAuthenticated && (Mode == "Private" || user.Level >= AccessLevel.RestrictedView)))
            return tickets;
        if (!user.IsAuthenticated)
            return tickets.Where(t => false);
        var me = user.Name.ToUpperInvariant();
        return tickets.Where(t => t.NormalizedCreatedBy == me);
    }

    public bool CanSee(Ticket ticket) =>
        Mode == "Public"
        || (user.IsAuthenticated && (Mode == "Private" || user.Level >= AccessLevel.RestrictedView
                                     || string.Equals(ticket.CreatedBy, user.Name, StringComparison.OrdinalIgnoreCase)));
}
