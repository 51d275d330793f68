namespace NodePoint.Abstractions.Tickets;

/// <summary>A comment was added to a ticket; <see cref="Recipients"/> as for <see cref="TicketChanged"/>.</summary>
public sealed record TicketCommented(int TicketId, string Title, int CommentId, string Author, string Text, IReadOnlyList<string> Recipients);
