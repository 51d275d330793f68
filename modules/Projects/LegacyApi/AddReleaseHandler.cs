using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.LegacyApi;

/// <summary>
/// <c>add_release</c> (write key): adds a release, by <c>api</c>, through the same rules as the project page; unlike
/// the original, the project must exist and take releases (not archived), and a version it already has is refused.
/// </summary>
internal sealed class AddReleaseHandler(ProjectsDbContext db, ReleaseList releases) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var version = request.Text("release_id").Trim();
        var notes = request.Text("notes").Trim();
        if ((request.Require("release_id", "product_id", "notes")
             ?? TooLong("release_id", version, Release.MaxVersion) ?? TooLong("notes", notes, Release.MaxNotes)
             ?? request.CheckKey()) is { } refused)
            return refused;
        var id = request.Integer("product_id");
        var project = id is > 0 and <= int.MaxValue
            ? await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == (int)id, cancellationToken)
            : null;
        if (project is null)
            return LegacyApiResponse.Error(LegacyApiStatus.InvalidProductId, "Invalid 'product_id' value.");
        if (await releases.AddAsync(project, version, notes, LegacyApiRequest.ApiUser, cancellationToken) is { } problem)
            return LegacyApiResponse.InvalidArgument(problem);
        return LegacyApiResponse.Ok("Release added.");
    }

    private static LegacyApiResponse? TooLong(string name, string value, int maximum) =>
        value.Length > maximum
            ? LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, $"Bad length for '{name}' argument (at most {maximum} characters).")
            : null;
}
