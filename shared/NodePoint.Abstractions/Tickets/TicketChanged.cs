namespace NodePoint.Abstractions.Tickets;

/// <summary>
/// A ticket was edited. <see cref="Changes"/> are human-readable lines ("Status: New → Resolved"); <see cref="Recipients"/>
/// are the people concerned (creator, assignees before and after, followers), the one who acted excluded.
/// </summary>
public sealed record TicketChanged(
    int TicketId, string Title, string Status, string Resolution, string ChangedBy, IReadOnlyList<string> Changes, IReadOnlyList<string> Recipients);
