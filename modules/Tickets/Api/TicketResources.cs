using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Api;

/// <summary>A ticket in a list. <see cref="Highlight"/> is set for a search: title and best passage as HTML with &lt;mark&gt;ed matches.</summary>
internal sealed record TicketSummary(
    int Id, int ProjectId, string Release, string Title, string Priority, string Status, string CreatedBy, DateTime CreatedUtc, DateTime? ModifiedUtc,
    SearchHighlight? Highlight)
{
    public static TicketSummary From(TicketRow row) => From(row.Ticket, row.TitleHtml is null ? null : new SearchHighlight(row.TitleHtml, row.SnippetHtml ?? ""));

    public static TicketSummary From(Ticket t, SearchHighlight? highlight = null) =>
        new(t.Id, t.ProjectId, t.Release, t.Title, t.Priority.ToString(), t.Status.ToString(), t.CreatedBy, t.CreatedUtc, t.ModifiedUtc, highlight);
}

internal sealed record SearchHighlight(string Title, string Snippet);

/// <summary>A page of results; ask for <c>page + 1</c> while <see cref="HasMore"/>.</summary>
internal sealed record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, bool HasMore);

/// <summary>A whole ticket.</summary>
internal sealed record TicketDetail(
    int Id, int ProjectId, string Release, string Title, string Description, string Priority, string Status, string Resolution, string Custom,
    string CreatedBy, DateTime CreatedUtc, DateTime? ModifiedUtc, IReadOnlyList<string> Assignees, IReadOnlyList<string> Followers);

internal sealed record CommentResource(int Id, string Author, string Text, DateTime CreatedUtc, DateTime? ModifiedUtc, IReadOnlyList<AttachmentResource> Attachments);

/// <summary>An attachment; <see cref="Url"/> downloads it.</summary>
internal sealed record AttachmentResource(int Id, string FileName, long Size, string UploadedBy, DateTime UploadedUtc, string Url);

/// <summary>A ticket to file.</summary>
internal sealed record NewTicket(int ProjectId, string? Release, string? Title, string? Description, string? Priority, string? Custom);

/// <summary>Changes to a ticket; fields left out keep their value.</summary>
internal sealed record TicketUpdate(string? Title, string? Release, string? Priority, string? Status, string? Resolution, string? Custom, bool AssignMe = false);
