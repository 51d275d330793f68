using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Projects.Data;

namespace NodePoint.Modules.Projects.LegacyApi;

/// <summary>
/// <c>list_products</c> (read key, NodePoint 1.6.5): every project, archived ones included, with its auto-assign list
/// and releases. Dates read like the original's (<c>Fri Dec  4 19:22:36 2026</c>, <c>Never</c>) in the site's zone.
/// </summary>
internal sealed class ListProductsHandler(ProjectsDbContext db, ISiteTime time) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if (request.CheckKey() is { } refused)
            return refused;
        var projects = await db.Projects.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var releases = (await db.Releases.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken)).ToLookup(r => r.ProjectId);
        var assignees = (await db.AutoAssignments.AsNoTracking().OrderBy(a => a.NormalizedUserName).ToListAsync(cancellationToken)).ToLookup(a => a.ProjectId);
        return LegacyApiResponse.Ok("Products list.").With("products", projects.Select(p => new LegacyApiObject
        {
            { "id", p.Id },
            { "name", p.Name },
            { "model", p.Model },
            { "description", p.Description.Replace("\r", "", StringComparison.Ordinal) }, // 1.7.4 dropped carriage returns
            { "visibility", p.Visibility.ToString() },
            { "created", LegacyApiText.Timestamp(p.CreatedUtc, time) },
            { "modified", LegacyApiText.Timestamp(p.ModifiedUtc, time) },
            { "auto_assign", assignees[p.Id].Select(a => new LegacyApiObject { { "user", a.UserName } }) },
            { "releases", releases[p.Id].Select(r => new LegacyApiObject { { "user", r.CreatedBy }, { "version", r.Version }, { "note", r.Notes } }) },
        }));
    }
}
