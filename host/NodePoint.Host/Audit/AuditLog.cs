using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Host.Data;
using NodePoint.Host.Security;

namespace NodePoint.Host.Audit;

/// <summary>Writes audit entries in the host's database, with the acting user and their address.</summary>
internal sealed class AuditLog(HostDbContext db, ICurrentUser user, IHttpContextAccessor? accessor) : IAuditLog
{
    public async Task RecordAsync(string action, string detail, CancellationToken cancellationToken = default)
    {
        db.Audit.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow,
            Actor = accessor?.HttpContext is null ? SystemUser.Instance.Name : user.Name, // jobs and the command line act as "system"
            Action = action,
            Detail = detail.Length > 2_000 ? detail[..2_000] : detail,
            Address = accessor?.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
