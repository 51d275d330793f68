using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Projects;

/// <summary>The visibility rule of project pages, in one place for every module.</summary>
public static class ProjectAccess
{
    /// <summary>True when a user of <paramref name="level"/> may see a project of <paramref name="visibility"/>.</summary>
    public static bool CanSee(AccessLevel level, ProjectVisibility visibility) => visibility switch
    {
        ProjectVisibility.Public => true,
        ProjectVisibility.Private => level >= AccessLevel.Unauthorized,
        ProjectVisibility.Restricted => level >= AccessLevel.RestrictedView,
        _ => level >= AccessLevel.ProjectsManagement,
    };

    /// <summary>The visibilities a user of <paramref name="level"/> may see.</summary>
    public static IReadOnlyList<ProjectVisibility> VisibleTo(AccessLevel level) =>
        Enum.GetValues<ProjectVisibility>().Where(v => CanSee(level, v)).ToList();
}
