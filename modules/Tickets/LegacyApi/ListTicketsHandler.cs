using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Tickets.Data;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>list_tickets</c> (read key): every ticket of a project by id, closed ones included, as
/// <c>{id, product_id, release_id, title}</c>; an unknown project gives an empty list, as in the original.
/// </summary>
internal sealed class ListTicketsHandler(TicketsDbContext db) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("product_id") ?? request.CheckKey()) is { } refused)
            return refused;
        var projectId = request.Integer("product_id") is var id and > 0 and <= int.MaxValue ? (int)id : 0; // no project has id 0
        var tickets = db.Tickets.AsNoTracking().Where(t => t.ProjectId == projectId).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.ProjectId, t.Release, t.Title }).AsAsyncEnumerable();
        // Streamed: a project can hold tens of thousands of tickets.
        return LegacyApiResponse.Ok("Tickets list.").With("tickets", tickets.Select(t => new LegacyApiObject
        {
            { "id", t.Id }, { "product_id", t.ProjectId }, { "release_id", t.Release }, { "title", t.Title },
        }));
    }
}
