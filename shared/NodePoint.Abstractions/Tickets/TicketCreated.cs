namespace NodePoint.Abstractions.Tickets;

/// <summary>A ticket was filed (published after it was saved). <see cref="Assignees"/> are the project's auto-assigned users.</summary>
public sealed record TicketCreated(
    int TicketId, int ProjectId, string ProjectName, string Release, string Title, string Description, string Priority,
    string CreatedBy, IReadOnlyList<string> Assignees);
