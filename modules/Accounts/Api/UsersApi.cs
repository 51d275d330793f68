using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Api;

/// <summary>A user as the API shows them; <see cref="Email"/> only to level 5 and to the user themselves.</summary>
internal sealed record UserResource(string Name, int Level, string LevelName, string? Email, bool EmailConfirmed, bool Disabled, DateTime CreatedUtc, DateTime? LastLoginUtc);

/// <summary>
/// <c>/api/v1/me</c> for anyone logged in; <c>/api/v1/users</c> for level 5, like the users page: paged, filtered by a
/// name prefix (<c>name</c>) and <c>level</c>.
/// </summary>
internal static class UsersApi
{
    private const int MaxPageSize = 500;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/me", MeAsync).RequireLevel(AccessLevel.Unauthorized).WithTags("Users").WithSummary("The caller's own account.");
        var users = endpoints.MapGroup("/api/v1/users").WithTags("Users");
        users.MapGet("", ListAsync).RequireLevel(AccessLevel.UsersManagement).WithSummary("Users (level 5): filter by name prefix and level; page and size.");
        users.MapGet("/{name}", GetAsync).RequireLevel(AccessLevel.UsersManagement).WithSummary("One user (level 5).");
    }

    private static async Task<Results<Ok<UserResource>, ProblemHttpResult>> MeAsync([FromServices] AccountsDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        var me = UserName.Normalize(user.Name);
        var found = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedName == me, ct);
        return found is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The administrator account has no user record; sign in as a user.")
            : TypedResults.Ok(Resource(found));
    }

    private static async Task<Results<Ok<UserPage>, ValidationProblem>> ListAsync(
        [FromServices] AccountsDbContext db, string? name, int? level, int? page, int? size, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (level is { } l && (l < 0 || l > 5))
            errors["level"] = ["Choose a level from 0 to 5."];
        if (page is < 1)
            errors["page"] = ["Pages start at 1."];
        if (size is < 1 or > MaxPageSize)
            errors["size"] = [$"Choose a page size from 1 to {MaxPageSize}."];
        if (name is { Length: > 50 })
            errors["name"] = ["Names have at most 50 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var (pageNumber, pageSize) = (page ?? 1, size ?? 100);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var prefix = UserName.Normalize(name);
            users = users.Where(u => u.NormalizedName.StartsWith(prefix));
        }
        if (level is { } only)
            users = users.Where(u => u.Level == (AccessLevel)only);
        var rows = await users.OrderBy(u => u.NormalizedName).Skip((pageNumber - 1) * pageSize).Take(pageSize + 1).ToListAsync(ct);
        return TypedResults.Ok(new UserPage(rows.Take(pageSize).Select(Resource).ToList(), pageNumber, pageSize, rows.Count > pageSize));
    }

    private static async Task<Results<Ok<UserResource>, ProblemHttpResult>> GetAsync(string name, [FromServices] AccountsDbContext db, CancellationToken ct)
    {
        var normalized = UserName.Normalize(name);
        var found = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedName == normalized, ct);
        return found is null ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"User '{name}' not found.") : TypedResults.Ok(Resource(found));
    }

    private static UserResource Resource(User u) =>
        new(u.Name, (int)u.Level, AccessLevelNames.Describe(u.Level), u.Email, u.EmailConfirmed, u.Disabled, u.CreatedUtc, u.LastLoginUtc);
}

/// <summary>A page of users; ask for <c>page + 1</c> while <see cref="HasMore"/>.</summary>
internal sealed record UserPage(IReadOnlyList<UserResource> Items, int Page, int PageSize, bool HasMore);
