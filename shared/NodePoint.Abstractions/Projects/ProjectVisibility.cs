namespace NodePoint.Abstractions.Projects;

/// <summary>Who sees a project's page: everyone, logged-in users, level 2 and up; Archived projects only level 4 and up.</summary>
public enum ProjectVisibility
{
    /// <summary>Everyone, guests included.</summary>
    Public = 0,
    /// <summary>Logged-in users.</summary>
    Private = 1,
    /// <summary>Restricted view (level 2) and up.</summary>
    Restricted = 2,
    /// <summary>Retired: hidden from new tickets and from users below level 4.</summary>
    Archived = 3,
}
