namespace NodePoint.Host.Data;

/// <summary>One line of the audit log.</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Detail { get; init; }
    public string? Address { get; init; }
}
