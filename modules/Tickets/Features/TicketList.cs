using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>One ticket in a list; a search adds the title and best passage with the matches marked (HTML).</summary>
internal sealed record TicketRow(Ticket Ticket, string? TitleHtml, string? SnippetHtml);

/// <summary>A page of the ticket list and whether another follows.</summary>
internal sealed record TicketPage(IReadOnlyList<TicketRow> Rows, bool HasMore);

/// <summary>
/// The tickets a visitor may see under a <see cref="TicketFilter"/>: filtered and sorted in SQL (each filter and sort
/// has an index), searched through FTS5, a page at a time, or all of them as a stream for the CSV export.
/// </summary>
internal sealed class TicketList(TicketsDbContext db, TicketVisibility visibility)
{
    public async Task<TicketPage> PageAsync(TicketFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Query(filter).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize + 1).ToListAsync(cancellationToken);
        var shown = rows.Take(filter.PageSize).Select(r => r.Ticket).ToList();
        if (SearchTerms.ToFtsQuery(filter.Search) is null || shown.Count == 0)
            return new TicketPage(shown.Select(t => new TicketRow(t, null, null)).ToList(), rows.Count > filter.PageSize);

        var ids = shown.Select(t => t.Id).ToList();
        var comments = (await db.Comments.AsNoTracking().Where(c => ids.Contains(c.TicketId)).OrderBy(c => c.Id)
            .Select(c => new { c.TicketId, c.Text }).ToListAsync(cancellationToken)).ToLookup(c => c.TicketId, c => c.Text);
        var highlighter = new SearchHighlighter(filter.Search);
        return new TicketPage(
            shown.Select(t => new TicketRow(t, highlighter.Title(t.Title), highlighter.Passage([t.Description, .. comments[t.Id]]))).ToList(),
            rows.Count > filter.PageSize);
    }

    /// <summary>Every ticket of the filter, in its order, read as they are written out.</summary>
    public IAsyncEnumerable<Ticket> AllAsync(TicketFilter filter) => Query(filter).Select(r => r.Ticket).AsAsyncEnumerable();

    private sealed class Hit
    {
        public required Ticket Ticket { get; init; }
        public SearchMatch? Match { get; init; }
    }

    private IQueryable<Hit> Query(TicketFilter filter)
    {
        var tickets = visibility.Filter(db.Tickets.AsNoTracking());
        if (filter.ProjectId is { } project)
            tickets = tickets.Where(t => t.ProjectId == project);
        if (filter.Status is { } status)
            tickets = tickets.Where(t => t.Status == status);
        if (filter.Priority is { } priority)
            tickets = tickets.Where(t => t.Priority == priority);
        if (filter.Creator.Length > 0)
        {
            var creator = filter.Creator.ToUpperInvariant();
            tickets = tickets.Where(t => t.NormalizedCreatedBy == creator);
        }
        if (filter.Assignee.Length > 0)
        {
            var assignee = filter.Assignee.ToUpperInvariant();
            tickets = tickets.Where(t => db.Assignees.Any(a => a.TicketId == t.Id && a.NormalizedUserName == assignee));
        }

        var fts = SearchTerms.ToFtsQuery(filter.Search);
        var hits = fts is null
            ? tickets.Select(t => new Hit { Ticket = t, Match = null })
            : tickets.Join(db.Search(fts), t => t.Id, m => m.TicketId, (t, m) => new Hit { Ticket = t, Match = m });
        return filter.Sort switch
        {
            TicketSort.Oldest => hits.OrderBy(h => h.Ticket.Id),
            TicketSort.Modified => hits.OrderByDescending(h => h.Ticket.ModifiedUtc).ThenByDescending(h => h.Ticket.Id),
            TicketSort.Priority => hits.OrderByDescending(h => h.Ticket.Priority).ThenByDescending(h => h.Ticket.Id),
            TicketSort.Status => hits.OrderBy(h => h.Ticket.Status).ThenByDescending(h => h.Ticket.Id),
            TicketSort.Relevance when fts is not null => hits.OrderBy(h => h.Match!.Rank).ThenByDescending(h => h.Ticket.Id),
            _ => hits.OrderByDescending(h => h.Ticket.Id),
        };
    }
}
