namespace NodePoint.Modules.Projects.Domain;

/// <summary>A user (level 3 and up) who is assigned every new ticket of a project.</summary>
internal sealed class AutoAssignment
{
    public int ProjectId { get; private set; }
    public string UserName { get; private set; } = "";
    public string NormalizedUserName { get; private set; } = "";

    public static AutoAssignment Create(int projectId, string userName) =>
        new() { ProjectId = projectId, UserName = userName, NormalizedUserName = userName.ToUpperInvariant() };
}
