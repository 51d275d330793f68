using Microsoft.EntityFrameworkCore;

namespace NodePoint.Host.Data;

/// <summary>
/// The host's own tables: settings and the audit log.
/// Add a migration with <c>dotnet ef migrations add &lt;Name&gt; --project host/NodePoint.Host --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public const string Slug = "host";

    public DbSet<SettingRow> Settings => Set<SettingRow>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<SentNotification> SentNotifications => Set<SentNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HostDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.SettingRowConfiguration).Namespace);
}
