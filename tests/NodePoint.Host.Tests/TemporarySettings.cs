using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodePoint.Host.Data;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Tests;

/// <summary>A settings store over a real SQLite file in a temporary folder, with the host's migrations applied.</summary>
internal sealed class TemporarySettings : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nodepoint-settings-").FullName;

    public string Database => Path.Combine(_folder, "nodepoint.db");

    public async Task<SettingsStore> OpenAsync(SettingsCatalog catalog)
    {
        var paths = new HostPaths(_folder, AppContext.BaseDirectory);
        paths.EnsureDataFolder();
        var options = new DbContextOptionsBuilder<HostDbContext>();
        new SqliteModuleDatabase(paths).Configure(options, HostDbContext.Slug);
        await using (var db = new HostDbContext(options.Options))
            await db.Database.MigrateAsync();
        var store = new SettingsStore(catalog, options.Options, DataProtectionProvider.Create(new DirectoryInfo(paths.KeysFolder)));
        await store.LoadAsync(default);
        return store;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
