using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NodePoint.Host.Data;

/// <summary>
/// Server settings for every connection as it opens (they do not persist in the file): commit without waiting for the
/// disk on every write (safe with write-ahead logging), wait for a busy writer instead of failing, and keep temporary
/// sorts in memory.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // SQLite's own page cache stays at its 2 MB default per connection and nothing is memory-mapped: both count as the
    // host's resident memory for every pooled connection, and the OS caches the file anyway.
    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Pooled connections hand out the same native handle again: set it up once, not on every open.
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || Prepared.TryGetValue(handle, out _))
            return;
        Prepared.AddOrUpdate(handle, handle);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
