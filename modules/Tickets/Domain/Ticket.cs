namespace NodePoint.Modules.Tickets.Domain;

/// <summary>A help-desk ticket filed against a project. Its changes are kept in <see cref="TicketChange"/> rows.</summary>
internal sealed class Ticket
{
    public const int MaxTitle = 99;
    public const int MaxDescription = 9_999;
    public const int MaxResolution = 999;
    public const int MaxCustom = 500;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public string Release { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public TicketPriority Priority { get; private set; }
    public TicketStatus Status { get; private set; }
    public string Resolution { get; private set; } = "";
    /// <summary>The value of the configurable custom field (text, link, or Yes/No for a checkbox).</summary>
    public string Custom { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string NormalizedCreatedBy { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ModifiedUtc { get; private set; }

    public static Ticket File(int projectId, string release, string title, string description, TicketPriority priority, string custom, string createdBy) => new()
    {
        ProjectId = projectId, Release = release, Title = title, Description = description, Priority = priority, Custom = custom,
        Status = TicketStatus.New, CreatedBy = createdBy, NormalizedCreatedBy = createdBy.ToUpperInvariant(), CreatedUtc = DateTime.UtcNow,
    };

    public static bool NeedsResolution(TicketStatus status) => status is not (TicketStatus.New or TicketStatus.Open);

    /// <summary>Applies an edit and returns what changed, field by field (old, new).</summary>
    public List<(string Field, string Old, string New)> Edit(string title, string release, TicketPriority priority, TicketStatus status, string resolution, string custom, string customName)
    {
        var changes = new List<(string, string, string)>();
        if (title != Title) changes.Add(("Title", Title, title));
        if (custom != Custom) changes.Add((customName, Custom, custom));
        if (release != Release) changes.Add(("Release", Release, release));
        if (priority != Priority) changes.Add(("Priority", Priority.ToString(), priority.ToString()));
        if (status != Status) changes.Add(("Status", Status.ToString(), status.ToString()));
        if (resolution != Resolution) changes.Add(("Resolution", Resolution, resolution));
        (Title, Release, Priority, Status, Resolution, Custom) = (title, release, priority, status, resolution, custom);
        if (changes.Count > 0)
            ModifiedUtc = DateTime.UtcNow;
        return changes;
    }

    public void Touch() => ModifiedUtc = DateTime.UtcNow;
}
