namespace NodePoint.Modules.Tickets.Data;

/// <summary>A row of a full-text query over <see cref="TicketSearchIndex"/>: the ticket, its rank, and the matches marked.</summary>
internal sealed class SearchMatch
{
    public int TicketId { get; init; }
    /// <summary>bm25: lower is better.</summary>
    public double Rank { get; init; }
    /// <summary>The title with matches between \u0002 and \u0003.</summary>
    public string TitleHit { get; init; } = "";
    /// <summary>The best passage of the description or comments, marked the same way.</summary>
    public string Snippet { get; init; } = "";
}
