namespace NodePoint.Modules.Tickets.Domain;

/// <summary>One line of a ticket's history: who changed which field from what to what, and when.</summary>
internal sealed class TicketChange
{
    public int Id { get; private set; }
    public int TicketId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string OldValue { get; private set; } = "";
    public string NewValue { get; private set; } = "";

    public static TicketChange Create(int ticketId, string by, string field, string oldValue, string newValue) =>
        new() { TicketId = ticketId, AtUtc = DateTime.UtcNow, ChangedBy = by, Field = field, OldValue = oldValue, NewValue = newValue };

    public string Describe() => $"{Field}: {(OldValue.Length == 0 ? "(none)" : OldValue)} → {(NewValue.Length == 0 ? "(none)" : NewValue)}";
}
