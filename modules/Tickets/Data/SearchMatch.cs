namespace NodePoint.Modules.Tickets.Data;

/// <summary>A row of a full-text query over <see cref="TicketSearchIndex"/>: the ticket and its rank.</summary>
internal sealed class SearchMatch
{
    public int TicketId { get; init; }
    /// <summary>bm25: lower is better.</summary>
    public double Rank { get; init; }
}
