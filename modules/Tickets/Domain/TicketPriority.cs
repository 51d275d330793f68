namespace NodePoint.Modules.Tickets.Domain;

internal enum TicketPriority
{
    Low,
    Normal,
    High,
}
