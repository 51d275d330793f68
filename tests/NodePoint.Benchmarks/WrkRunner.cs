using System.Diagnostics;
using System.Globalization;

namespace NodePoint.Benchmarks;

/// <summary>Runs wrk with a scenario's script and reads the <c>BENCH</c> line its <c>done()</c> prints; keeps wrk's full output beside the results.</summary>
internal sealed class WrkRunner(BenchOptions options, string outputFolder)
{
    /// <summary>Requests slower than this count as timeouts instead of latencies; long, so slow pages show as slow, not as errors.</summary>
    private const string Timeout = "30s";

    public static string? FindWrk() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists);

    public async Task<WrkResult> RunAsync(Uri host, string script, int seconds, string? keepOutputAs)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-t" + options.Threads.ToString(CultureInfo.InvariantCulture), "-c" + options.Connections.ToString(CultureInfo.InvariantCulture),
                "-d" + seconds.ToString(CultureInfo.InvariantCulture) + "s", "--timeout", Timeout, "--latency", "-s", script, host.ToString().TrimEnd('/'),
            },
        };
        using var process = Process.Start(start) ?? throw new BenchFailure("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await errors;
        if (keepOutputAs is not null)
        {
            Directory.CreateDirectory(outputFolder);
            await File.WriteAllTextAsync(Path.Combine(outputFolder, keepOutputAs + ".txt"), $"wrk {string.Join(' ', start.ArgumentList)}\n\n{text}");
        }
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
            throw new BenchFailure($"wrk failed (exit code {process.ExitCode}) with {script}:\n{text}");
        var fields = line["BENCH ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        var firstError = text.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH_ERROR ", StringComparison.Ordinal))?["BENCH_ERROR ".Length..].Trim();
        return new WrkResult(
            (long)fields["requests"], fields["duration_us"] / 1e6, fields["p50_us"] / 1000, fields["p95_us"] / 1000, fields["p99_us"] / 1000,
            (long)(fields["connect"] + fields["read"] + fields["write"]), (long)fields["timeout"], (long)fields["status"], (long)fields["api"], firstError);
    }
}
