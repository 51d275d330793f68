namespace NodePoint.Modules.Projects.Domain;

/// <summary>A release (version) of a project; versions are unique per project without regard to case.</summary>
internal sealed class Release
{
    public const int MaxVersion = 50;
    public const int MaxNotes = 999;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public string Version { get; private set; } = "";
    public string NormalizedVersion { get; private set; } = "";
    public string Notes { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }

    public static Release Create(int projectId, string version, string notes, string createdBy) =>
        new() { ProjectId = projectId, Version = version, NormalizedVersion = version.ToUpperInvariant(), Notes = notes, CreatedBy = createdBy, CreatedUtc = DateTime.UtcNow };
}
