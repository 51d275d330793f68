using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;
using NodePoint.Modules.Projects.Features;

namespace NodePoint.Modules.Projects.Api;

/// <summary>A project as the API shows it; <see cref="Description"/> is the Markdown source.</summary>
internal sealed record ProjectResource(int Id, string Name, string Model, string Description, string Visibility, DateTime CreatedUtc, DateTime? ModifiedUtc)
{
    public static ProjectResource From(Project p) => new(p.Id, p.Name, p.Model, p.Description, p.Visibility.ToString(), p.CreatedUtc, p.ModifiedUtc);
}

internal sealed record ReleaseResource(int Id, string Version, string Notes, string CreatedBy, DateTime CreatedUtc);

internal sealed record NewProject(string? Name, string? Model, string? Description, string? Visibility, string? InitialRelease);

internal sealed record NewRelease(string? Version, string? Notes);

/// <summary><c>/api/v1/projects</c>: the projects and releases the caller may see, with the pages' rules for adding them.</summary>
internal static class ProjectsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/api/v1/projects").WithTags("Projects");
        projects.MapGet("", ListAsync).RequireLevel(AccessLevel.Guest).WithSummary("The projects you may see, by name.");
        projects.MapGet("/{id:int}", GetAsync).RequireLevel(AccessLevel.Guest).WithSummary("One project.");
        projects.MapPost("", CreateAsync).RequireLevel(AccessLevel.ProjectsManagement).WithSummary("Adds a project (level 4).");
        projects.MapGet("/{id:int}/releases", ReleasesAsync).RequireLevel(AccessLevel.Guest).WithSummary("A project's releases, newest first.");
        projects.MapPost("/{id:int}/releases", AddReleaseAsync).RequireLevel(AccessLevel.TicketsManagement).WithSummary("Adds a release (level 3).");
    }

    private static async Task<Ok<List<ProjectResource>>> ListAsync([FromServices] ProjectsDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        var visible = ProjectAccess.VisibleTo(user.Level);
        var rows = await db.Projects.AsNoTracking().Where(p => visible.Contains(p.Visibility)).OrderBy(p => p.NormalizedName).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ProjectResource.From).ToList());
    }

    private static async Task<Results<Ok<ProjectResource>, ProblemHttpResult>> GetAsync(int id, [FromServices] ProjectsDbContext db, [FromServices] ICurrentUser user, CancellationToken ct) =>
        await FindAsync(db, user, id, ct) is { } project ? TypedResults.Ok(ProjectResource.From(project)) : NotFound(id);

    private static async Task<Results<Created<ProjectResource>, ValidationProblem>> CreateAsync(
        NewProject body, [FromServices] ProjectEditor editor, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        var (project, errors) = await editor.SaveAsync(null,
            new ProjectEditor.Form(body.Name ?? "", body.Model ?? "", body.Description ?? "", body.Visibility ?? "Public", body.InitialRelease ?? "", null), user.Name, ct);
        if (project is null)
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        return TypedResults.Created($"/api/v1/projects/{project.Id}", ProjectResource.From(project));
    }

    private static async Task<Results<Ok<List<ReleaseResource>>, ProblemHttpResult>> ReleasesAsync(
        int id, [FromServices] ProjectsDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (await FindAsync(db, user, id, ct) is null)
            return NotFound(id);
        var releases = await db.Releases.AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Id)
            .Select(r => new ReleaseResource(r.Id, r.Version, r.Notes, r.CreatedBy, r.CreatedUtc)).ToListAsync(ct);
        return TypedResults.Ok(releases);
    }

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> AddReleaseAsync(
        int id, NewRelease body, [FromServices] ProjectsDbContext db, [FromServices] ReleaseList releases, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (await FindAsync(db, user, id, ct) is not { } project)
            return NotFound(id);
        var error = await releases.AddAsync(project, body.Version ?? "", body.Notes ?? "", user.Name, ct);
        if (error is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [error] });
        return TypedResults.Created($"/api/v1/projects/{id}/releases");
    }

    private static async Task<Project?> FindAsync(ProjectsDbContext db, ICurrentUser user, int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return project is not null && ProjectAccess.CanSee(user.Level, project.Visibility) ? project : null;
    }

    private static ProblemHttpResult NotFound(int id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Project {id} not found.");
}
