using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Projects;

/// <summary>Projects (the manual's "products") for other modules: Tickets files against them, Tasks and Items link to them.</summary>
public interface IProjectDirectory
{
    /// <summary>The project <paramref name="id"/>, or null.</summary>
    Task<ProjectSummary?> FindAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Projects a user of <paramref name="level"/> may see, by name.</summary>
    Task<IReadOnlyList<ProjectSummary>> VisibleToAsync(AccessLevel level, CancellationToken cancellationToken = default);

    /// <summary>The release versions of project <paramref name="id"/>, newest first.</summary>
    Task<IReadOnlyList<string>> ReleasesAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Users who asked to be assigned every new ticket of project <paramref name="id"/>.</summary>
    Task<IReadOnlyList<string>> AutoAssigneesAsync(int id, CancellationToken cancellationToken = default);
}
