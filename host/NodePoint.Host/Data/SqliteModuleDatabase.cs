using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Data;

namespace NodePoint.Host.Data;

/// <summary>The SQLite adapter: every module's context shares the product file, each with its own migrations history table.</summary>
internal sealed class SqliteModuleDatabase(HostPaths paths) : IModuleDatabase
{
    public void Configure(DbContextOptionsBuilder options, string slug) =>
        options.UseSqlite(paths.ConnectionString, sqlite => sqlite.MigrationsHistoryTable("__migrations_" + slug)).AddInterceptors(SqlitePragmas.Instance);

    /// <summary>Server-friendly settings that persist in the file: write-ahead logging.</summary>
    public void PrepareFile()
    {
        using var connection = new SqliteConnection(paths.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
