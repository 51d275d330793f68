namespace NodePoint.Abstractions.Tickets;

/// <summary>Someone was added to a ticket's assignees (by assigning themselves, or through the API).</summary>
public sealed record TicketAssigned(int TicketId, string Title, string Assignee, string AssignedBy);
