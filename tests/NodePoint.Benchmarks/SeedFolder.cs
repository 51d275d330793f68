using System.Diagnostics;
using System.Text.Json;

namespace NodePoint.Benchmarks;

/// <summary>
/// The seeded data folder of one size (<c>data-&lt;size&gt;</c>), made once by the host's own <c>seed</c> command and kept
/// while its marker file matches the plan; every run works on a fresh copy (<c>run-&lt;size&gt;</c>), so tickets and
/// comments the scenarios add never pile up from one run to the next.
/// </summary>
internal sealed class SeedFolder(string folder, SeedFolder.Plan plan)
{
    /// <summary>Bump when the plan's meaning or the seeders change in a way that makes old folders unfair to compare.</summary>
    public const int SeedVersion = 1;
    public const string AdminPassword = "bench-admin-pass-1";
    private const string MarkerName = "bench-seed.json";

    /// <summary>What is seeded for a size: about 10,000 tickets a project and 100 a user, at least 10 projects and 1,100 users (the notification scenario mails 1,000).</summary>
    public sealed record Plan(int Tickets, int Users, int Projects, int Comments, int Version)
    {
        public static Plan For(int tickets) => new(tickets, Math.Max(1_100, tickets / 100), Math.Max(10, tickets / 10_000), 2, SeedVersion);
    }

    public Plan Seeded => plan;

    public string Path => folder;

    public async Task EnsureAsync(string hostFolder, bool reseed)
    {
        var marker = System.IO.Path.Combine(folder, MarkerName);
        if (!reseed && File.Exists(marker) && JsonSerializer.Deserialize<Plan>(await File.ReadAllTextAsync(marker)) == plan)
        {
            Console.WriteLine($"Reusing {folder} (seeded with {plan.Tickets:N0} tickets, seed version {plan.Version}; --reseed to seed again).");
            return;
        }
        Directory.CreateDirectory(folder);
        File.Delete(marker);
        Console.WriteLine($"Seeding {folder}: {plan.Tickets:N0} tickets, {plan.Users:N0} users, {plan.Projects:N0} projects, {plan.Comments} comments a ticket on average...");
        var seed = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostFolder,
            ArgumentList =
            {
                System.IO.Path.Combine(hostFolder, "NodePoint.Host.dll"), "seed", "--data", folder, "--force", "--admin-password", AdminPassword,
                "--tickets", Invariant(plan.Tickets), "--users", Invariant(plan.Users), "--projects", Invariant(plan.Projects), "--comments", Invariant(plan.Comments),
            },
        };
        seed.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(seed) ?? throw new BenchFailure("Could not start 'dotnet' to seed.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new BenchFailure($"The seed command failed with exit code {process.ExitCode} (its output is above).");
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(plan));
    }

    /// <summary>A fresh copy of the seeded folder to run against (the databases and keys, without SQLite's shared-memory files).</summary>
    public string CopyTo(string runFolder)
    {
        if (Directory.Exists(runFolder))
            Directory.Delete(runFolder, recursive: true);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = System.IO.Path.GetFileName(file);
            if (name == MarkerName || name.EndsWith("-shm", StringComparison.Ordinal))
                continue;
            var target = System.IO.Path.Combine(runFolder, System.IO.Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return runFolder;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
