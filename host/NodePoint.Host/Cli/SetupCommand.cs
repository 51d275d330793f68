using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NodePoint.Host.Audit;
using NodePoint.Host.Data;
using NodePoint.Host.Security;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Cli;

/// <summary><c>NodePoint.Host setup</c>: the /setup page without a browser. Options not given keep their defaults.</summary>
internal static class SetupCommand
{
    private static readonly string[] Allowed = ["admin-name", "admin-password", "site-name", "read-key", "write-key", "data"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = CommandOptions.Parse(args, Allowed, out var parseError);
        if (parseError is not null)
            return Fail(errors, parseError, HostCommands.BadInput);
        if (options["admin-name"] is null || options["admin-password"] is null)
            return Fail(errors, "Both --admin-name and --admin-password are required.", HostCommands.BadInput);

        var paths = new HostPaths(Path.GetFullPath(options["data"] ?? "data"), AppContext.BaseDirectory);
        try
        {
            paths.EnsureDataFolder();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(errors, $"Cannot use the data folder {paths.DataFolder}: {ex.Message}", HostCommands.Failed);
        }

        var dbOptions = new DbContextOptionsBuilder<HostDbContext>();
        var database = new SqliteModuleDatabase(paths);
        database.Configure(dbOptions, HostDbContext.Slug);
        database.PrepareFile();
        await using var db = new HostDbContext(dbOptions.Options);
        await db.Database.MigrateAsync();

        var protection = DataProtectionProvider.Create(new DirectoryInfo(paths.KeysFolder), b => b.SetApplicationName("NodePoint"));
        var store = new SettingsStore(new SettingsCatalog(CoreSettings.Sections), dbOptions.Options, protection);
        await store.LoadAsync(CancellationToken.None);
        if (store.IsConfigured)
            return Fail(errors, SetupService.AlreadyConfigured, HostCommands.Failed);

        var setup = new SetupService(store, new AuditLog(db, SystemUser.Instance, null), null);
        var values = new Dictionary<string, string>();
        AddIfGiven(values, CoreSettings.SiteName, options["site-name"]);
        AddIfGiven(values, CoreSettings.ApiReadKey, options["read-key"]);
        AddIfGiven(values, CoreSettings.ApiWriteKey, options["write-key"]);
        var password = options["admin-password"]!;
        var problems = await setup.CompleteAsync(new SetupRequest(options["admin-name"]!, password, password, values, new Dictionary<string, bool>()), CancellationToken.None);
        if (problems.Count > 0)
        {
            foreach (var problem in problems.Values)
                errors.WriteLine(problem);
            return problems.ContainsKey("") ? HostCommands.Failed : HostCommands.BadInput;
        }
        output.WriteLine($"NodePoint is configured. Data folder: {paths.DataFolder}");
        output.WriteLine($"API read key:  {store.Get(CoreSettings.ApiReadKey)}");
        output.WriteLine($"API write key: {store.Get(CoreSettings.ApiWriteKey)}");
        return HostCommands.Success;
    }

    private static void AddIfGiven(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
            values[key] = value;
    }

    private static int Fail(TextWriter errors, string message, int code)
    {
        errors.WriteLine(message);
        return code;
    }
}
