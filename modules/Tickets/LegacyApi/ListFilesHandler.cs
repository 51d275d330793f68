using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Tickets.Data;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>list_files</c> (read key, NodePoint 1.7.1): every ticket attachment in upload order. The <c>id</c> is the
/// attachment's number, not the stored file name the original gave out: files download from their ticket's page
/// (or <c>/api/v1/tickets/{ticket}/attachments/{id}</c>), under the ticket's visibility rules.
/// </summary>
internal sealed class ListFilesHandler(TicketsDbContext db, ISiteTime time) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if (request.CheckKey() is { } refused)
            return refused;
        var files = await db.Attachments.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return LegacyApiResponse.Ok("Files list.").With("files", files.Select(f => new LegacyApiObject
        {
            { "id", f.Id },
            { "file_name", f.FileName },
            { "uploaded_by", f.UploadedBy },
            { "uploaded_on", LegacyApiText.Timestamp(f.UploadedUtc, time) },
            { "size", f.Size },
        }));
    }
}
