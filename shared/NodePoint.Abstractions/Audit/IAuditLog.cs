namespace NodePoint.Abstractions.Audit;

/// <summary>
/// The security and administration log, viewed by the admin under Settings → Audit log. The actor and
/// the client address are taken from the current request.
/// </summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="action"/> (a short dotted name: <c>settings.changed</c>) with a human-readable detail.</summary>
    Task RecordAsync(string action, string detail, CancellationToken cancellationToken = default);
}
