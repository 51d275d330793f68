namespace NodePoint.Abstractions.Tickets;

/// <summary>
/// A ticket left New/Open for a closing status (Resolved, Closed, Invalid, Duplicate, Hold) with a resolution;
/// published after <see cref="TicketChanged"/> for the same edit.
/// </summary>
public sealed record TicketResolved(int TicketId, string Title, string Status, string Resolution, string ResolvedBy);
