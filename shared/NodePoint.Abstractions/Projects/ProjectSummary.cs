namespace NodePoint.Abstractions.Projects;

/// <summary>A project as other modules see it.</summary>
public sealed record ProjectSummary(int Id, string Name, string Model, ProjectVisibility Visibility);
