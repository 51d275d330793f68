namespace NodePoint.Modules.Tickets.Domain;

/// <summary>The statuses of the original, in its order; every status but New and Open needs a resolution.</summary>
internal enum TicketStatus
{
    New,
    Open,
    Invalid,
    Hold,
    Duplicate,
    Resolved,
    Closed,
}
