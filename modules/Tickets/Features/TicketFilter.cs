using Microsoft.AspNetCore.Http;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>How the ticket list is sorted; <see cref="Relevance"/> only applies to a search.</summary>
internal enum TicketSort
{
    Newest,
    Oldest,
    Modified,
    Priority,
    Status,
    Relevance,
}

/// <summary>
/// What the ticket list shows, read from the query string (<c>project, status, priority, assignee, creator, q, sort,
/// page, size</c>): unknown values are reported in <see cref="Problems"/> and ignored, never guessed.
/// </summary>
internal sealed record TicketFilter(
    int? ProjectId, TicketStatus? Status, TicketPriority? Priority, string Assignee, string Creator, string Search, TicketSort Sort, int Page, int PageSize)
{
    public static readonly int[] PageSizes = [25, 50, 100, 500];
    public const int MaxPage = 1_000_000;

    public IReadOnlyList<string> Problems { get; init; } = [];

    public static TicketFilter From(IQueryCollection query)
    {
        var problems = new List<string>();
        int? project = null;
        if (Text(query, "project") is { Length: > 0 } p)
        {
            if (int.TryParse(p, out var id) && id > 0) project = id;
            else problems.Add($"Unknown project '{p}'.");
        }
        var status = Parse<TicketStatus>(query, "status", problems);
        var priority = Parse<TicketPriority>(query, "priority", problems);
        var search = Text(query, "q");
        if (search.Length > 200)
        {
            problems.Add("The search was cut to 200 characters.");
            search = search[..200];
        }
        var sort = Parse<TicketSort>(query, "sort", problems) ?? (search.Length > 0 ? TicketSort.Relevance : TicketSort.Newest);
        if (sort == TicketSort.Relevance && search.Length == 0)
            sort = TicketSort.Newest;
        var page = 1;
        if (Text(query, "page") is { Length: > 0 } pg && !(int.TryParse(pg, out page) && page is >= 1 and <= MaxPage))
        {
            problems.Add($"There is no page '{pg}'.");
            page = 1;
        }
        var size = 50;
        if (Text(query, "size") is { Length: > 0 } sz && !(int.TryParse(sz, out size) && PageSizes.Contains(size)))
        {
            problems.Add($"Show {string.Join(", ", PageSizes)} tickets per page.");
            size = 50;
        }
        return new TicketFilter(project, status, priority, Name(query, "assignee"), Name(query, "creator"), search, sort, page, size) { Problems = problems };
    }

    /// <summary>The query string for this filter on another page (or with another sort).</summary>
    public string QueryString(int? page = null, TicketSort? sort = null)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add(new(key, value)); }
        Add("project", ProjectId?.ToString());
        Add("status", Status?.ToString());
        Add("priority", Priority?.ToString());
        Add("assignee", Assignee);
        Add("creator", Creator);
        Add("q", Search);
        Add("sort", (sort ?? Sort).ToString());
        Add("size", PageSize == 50 ? null : PageSize.ToString());
        Add("page", (page ?? Page) == 1 ? null : (page ?? Page).ToString());
        return Microsoft.AspNetCore.Http.QueryString.Create(parts).ToString();
    }

    private static string Text(IQueryCollection query, string key) => query[key].FirstOrDefault()?.Trim() ?? "";

    private static string Name(IQueryCollection query, string key)
    {
        var name = Text(query, key);
        return name.Length <= 50 ? name : name[..50];
    }

    private static T? Parse<T>(IQueryCollection query, string key, List<string> problems) where T : struct, Enum
    {
        var text = Text(query, key);
        if (text.Length == 0)
            return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
            return value;
        problems.Add($"Unknown {key} '{text}'; choose one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }
}
