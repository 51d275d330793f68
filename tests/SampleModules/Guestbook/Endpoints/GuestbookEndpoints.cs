using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Guestbook.Data;

namespace NodePoint.Modules.Guestbook.Endpoints;

internal static class GuestbookEndpoints
{
    public sealed record EntryDto(int Id, string Author, string Message, DateTime AtUtc);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/guestbook");
        group.MapGet("/entries", ListAsync).RequireLevel(AccessLevel.Guest);
    }

    private static async Task<Ok<List<EntryDto>>> ListAsync(GuestbookDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Entries.AsNoTracking().OrderByDescending(e => e.AtUtc).Take(100)
            .Select(e => new EntryDto(e.Id, e.Author, e.Message, e.AtUtc)).ToListAsync(cancellationToken));
}
