using Microsoft.Data.Sqlite;

namespace NodePoint.Benchmarks;

/// <summary>
/// What the harness reads from and writes into a run folder's <c>nodepoint.db</c>, always while the host is stopped
/// (the host caches its settings at start). Writing settings and fixtures with SQL instead of through the settings
/// page and the user pages is a shortcut acceptable for this internal tool only: the table and key names below
/// must follow the host's (host_setting, SettingsStore.ComponentKeyPrefix, CoreSettings, MailSettings) and the
/// modules' schemas (accounts_user, tickets_ticket, tickets_follower, projects_project).
/// </summary>
internal sealed class BenchDatabase(string dataFolder)
{
    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, "nodepoint.db"), Pooling = false, DefaultTimeout = 60,
    }.ToString();

    /// <summary>The bench's settings: no API rate limit (else every client stops at 1,200 calls a minute).</summary>
    public Task ApplyBenchSettingsAsync() => SetAsync(new Dictionary<string, string> { ["api_rate"] = "0" });

    /// <summary>Switches the mail plugin on and points it at a plain SMTP server on loopback.</summary>
    public Task EnableMailAsync(int smtpPort) => SetAsync(new Dictionary<string, string>
    {
        ["component.enabled.mail"] = "true",
        ["smtp_server"] = "127.0.0.1",
        ["smtp_port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["smtp_security"] = "none",
        ["smtp_user"] = "",
        ["smtp_from"] = "bench@example.com",
    });

    public async Task<(string Read, string Write)> ApiKeysAsync()
    {
        var read = await ScalarAsync("SELECT Value FROM host_setting WHERE Key = 'api_read'");
        var write = await ScalarAsync("SELECT Value FROM host_setting WHERE Key = 'api_write'");
        return (read as string ?? throw new BenchFailure("The seeded database has no API read key."),
            write as string ?? throw new BenchFailure("The seeded database has no API write key."));
    }

    public async Task<int> MaxTicketIdAsync() => Convert.ToInt32(await ScalarAsync("SELECT COALESCE(MAX(Id), 0) FROM tickets_ticket"));

    public Task<List<int>> ProjectIdsAsync() => IdsAsync("SELECT Id FROM projects_project ORDER BY Id");

    /// <summary>A random sample of New and Open tickets (statuses 0 and 1): the ones that take comments.</summary>
    public Task<List<int>> OpenTicketIdsAsync(int count) =>
        IdsAsync($"SELECT Id FROM tickets_ticket WHERE Status IN (0, 1) ORDER BY random() LIMIT {count}");

    /// <summary>Gives <paramref name="count"/> seeded users a confirmed address and makes them follow <paramref name="ticketId"/>.</summary>
    public async Task<int> AddConfirmedFollowersAsync(int ticketId, int count)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var users = new List<string>();
        await using (var select = Command(connection, transaction, $"SELECT Name FROM accounts_user WHERE Name LIKE 'user%' ORDER BY Id LIMIT {count}"))
        await using (var reader = await select.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                users.Add(reader.GetString(0));
        await using var email = Command(connection, transaction,
            "UPDATE accounts_user SET Email = $e, NormalizedEmail = upper($e), EmailConfirmed = 1 WHERE Name = $n");
        await using var follow = Command(connection, transaction,
            "INSERT OR IGNORE INTO tickets_follower (TicketId, UserName, NormalizedUserName) VALUES ($t, $n, upper($n))");
        foreach (var name in users)
        {
            email.Parameters.Clear();
            email.Parameters.AddWithValue("$e", $"{name}@example.com");
            email.Parameters.AddWithValue("$n", name);
            await email.ExecuteNonQueryAsync();
            follow.Parameters.Clear();
            follow.Parameters.AddWithValue("$t", ticketId);
            follow.Parameters.AddWithValue("$n", name);
            await follow.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return users.Count;
    }

    private async Task SetAsync(IReadOnlyDictionary<string, string> values)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var upsert = Command(connection, transaction,
            "INSERT INTO host_setting (Key, Value) VALUES ($k, $v) ON CONFLICT(Key) DO UPDATE SET Value = excluded.Value");
        foreach (var (key, value) in values)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$k", key);
            upsert.Parameters.AddWithValue("$v", value);
            await upsert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private async Task<List<int>> IdsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, null, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<int>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt32(0));
        return ids;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, null, sql);
        return await command.ExecuteScalarAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql) =>
        new(sql, connection, transaction) { CommandTimeout = 300 };
}
