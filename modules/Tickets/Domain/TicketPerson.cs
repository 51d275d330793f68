namespace NodePoint.Modules.Tickets.Domain;

/// <summary>A user attached to a ticket: an assignee or a follower (two tables, one shape).</summary>
internal sealed class TicketPerson
{
    public int TicketId { get; private set; }
    public string UserName { get; private set; } = "";
    public string NormalizedUserName { get; private set; } = "";

    public static TicketPerson Create(int ticketId, string userName) =>
        new() { TicketId = ticketId, UserName = userName, NormalizedUserName = userName.ToUpperInvariant() };
}
