using System.Diagnostics;
using System.Security.Cryptography;
using NodePoint.Abstractions.Seeding;
using NodePoint.Host.Components;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Cli;

/// <summary>
/// <c>NodePoint.Host seed</c>: configures a new data folder and fills it through every module's real schema (each
/// module seeds its own tables), for demos (<c>--demo</c>) and benchmarks (up to millions of tickets).
/// </summary>
internal static class SeedCommand
{
    private static readonly string[] Allowed = ["data", "users", "projects", "tickets", "comments", "random-seed", "admin-password"];
    private static readonly string[] Flags = ["--demo", "--force"];
    private static readonly string[] OwnFiles = ["nodepoint.db", "nodepoint.db-wal", "nodepoint.db-shm", "hangfire.db", "hangfire.db-wal", "hangfire.db-shm"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var demo = args.Contains("--demo");
        var force = args.Contains("--force");
        var options = CommandOptions.Parse(args.Where(a => !Flags.Contains(a)).ToList(), Allowed, out var parseError);
        if (parseError is not null)
            return Fail(errors, parseError + " Flags: --demo, --force.");
        var problems = new List<string>();
        var users = Count(options, "users", demo ? 12 : 100, 1, 1_000_000, problems);
        var projects = Count(options, "projects", demo ? 3 : 10, 1, 10_000, problems);
        var tickets = Count(options, "tickets", demo ? 60 : 1_000, 0, 10_000_000, problems);
        var comments = Count(options, "comments", 2, 0, 20, problems);
        var randomSeed = Count(options, "random-seed", 1, 0, int.MaxValue, problems);
        var adminPassword = options["admin-password"] ?? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 16);
        if (AdminAccount.CheckPassword(adminPassword, adminPassword) is { } weak)
            problems.Add($"--admin-password: {weak}");
        if (problems.Count > 0)
            return Fail(errors, string.Join(Environment.NewLine, problems));

        var folder = Path.GetFullPath(options["data"] ?? "data");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!force)
                return Fail(errors, $"The data folder {folder} is not empty. Seed fills a new data folder; pass --force to replace NodePoint's database, job store and keys there.");
            foreach (var file in OwnFiles.Select(f => Path.Combine(folder, f)).Where(File.Exists))
                File.Delete(file);
            if (Directory.Exists(Path.Combine(folder, "keys")))
                Directory.Delete(Path.Combine(folder, "keys"), recursive: true);
        }

        var clock = Stopwatch.StartNew();
        await using var app = NodePointWebHost.Build(["--data", folder, "--Logging:LogLevel:Default=Warning"]);
        await app.Services.GetServices<IHostedService>().OfType<HostStartup>().Single().StartingAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ComponentRegistry>();
        var modules = registry.Started.Where(c => c.Kind == ComponentKind.Module && !c.AlwaysOn).ToDictionary(c => c.Slug, _ => true);
        var setupProblems = await scope.ServiceProvider.GetRequiredService<SetupService>().CompleteAsync(
            new SetupRequest("admin", adminPassword, adminPassword, new Dictionary<string, string> { [CoreSettings.SiteName] = demo ? "NodePoint demo" : "NodePoint (seeded)" }, modules),
            CancellationToken.None);
        if (setupProblems.Count > 0)
            return Fail(errors, string.Join(Environment.NewLine, setupProblems.Values), HostCommands.Failed);

        var context = new SeedContext(new SeedPlan(users, projects, tickets, comments, randomSeed), new ConsoleProgress(output));
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(context, CancellationToken.None);

        var settings = scope.ServiceProvider.GetRequiredService<SettingsStore>();
        output.WriteLine($"Seeded {folder} in {clock.Elapsed.TotalSeconds:N1} s: {users:N0} users, {projects:N0} projects, {tickets:N0} tickets.");
        output.WriteLine($"Admin: admin / {adminPassword}. Users (agent, reporter, manager, user00004…): password {SeedPlan.UserPassword}.");
        output.WriteLine($"API read key: {settings.Get(CoreSettings.ApiReadKey)}  write key: {settings.Get(CoreSettings.ApiWriteKey)}");
        output.WriteLine($"Start it with: dotnet NodePoint.Host.dll --data \"{folder}\"");
        return HostCommands.Success;
    }

    private static int Count(CommandOptions options, string name, int fallback, int minimum, int maximum, List<string> problems)
    {
        if (options[name] is not { } text)
            return fallback;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
            return value;
        problems.Add($"--{name} must be a whole number from {minimum:N0} to {maximum:N0}; got '{text}'.");
        return fallback;
    }

    private static int Fail(TextWriter errors, string message, int code = HostCommands.BadInput)
    {
        errors.WriteLine(message);
        return code;
    }
}
