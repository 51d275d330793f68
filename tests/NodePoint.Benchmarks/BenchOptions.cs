using System.Globalization;

namespace NodePoint.Benchmarks;

/// <summary>The command line: <c>--host &lt;published folder&gt; [--sizes 100000,1000000] [--out artifacts/bench] ...</c>.</summary>
internal sealed record BenchOptions(
    string HostFolder,
    IReadOnlyList<int> Sizes,
    string OutFolder,
    int DurationSeconds,
    int WarmupSeconds,
    int Connections,
    int Threads,
    double JobPollSeconds,
    bool Reseed)
{
    public const string Usage =
        "Usage: NodePoint.Benchmarks --host <published host folder> [--sizes 100000,1000000] [--out artifacts/bench]\n" +
        "       [--duration 10] [--warmup 2] [--connections 16] [--threads 2] [--job-poll 0.1] [--reseed]";

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var reseed = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reseed")
            {
                reseed = true;
                continue;
            }
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new BenchFailure($"Unexpected argument '{args[i]}'.\n{Usage}");
            values[args[i][2..]] = args[++i];
        }
        string[] known = ["host", "sizes", "out", "duration", "warmup", "connections", "threads", "job-poll"];
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw new BenchFailure($"Unknown option --{unknown}.\n{Usage}");
        if (!values.TryGetValue("host", out var host))
            throw new BenchFailure($"--host is required: the folder 'dotnet publish host/NodePoint.Host -c Release' wrote.\n{Usage}");

        return new BenchOptions(
            Path.GetFullPath(host),
            values.GetValueOrDefault("sizes", "100000,1000000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Number(s, "sizes", 1, 10_000_000)).ToList(),
            Path.GetFullPath(values.GetValueOrDefault("out", Path.Combine("artifacts", "bench"))),
            Number(values.GetValueOrDefault("duration", "10"), "duration", 1, 3600),
            Number(values.GetValueOrDefault("warmup", "2"), "warmup", 0, 600),
            Number(values.GetValueOrDefault("connections", "16"), "connections", 1, 10_000),
            Number(values.GetValueOrDefault("threads", "2"), "threads", 1, 256),
            double.TryParse(values.GetValueOrDefault("job-poll", "0.1"), NumberStyles.Float, CultureInfo.InvariantCulture, out var poll) && poll is > 0 and <= 60
                ? poll
                : throw new BenchFailure("--job-poll must be a number of seconds from 0 to 60."),
            reseed);
    }

    private static int Number(string text, string name, int minimum, int maximum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new BenchFailure($"--{name} must be a whole number from {minimum:N0} to {maximum:N0}; got '{text}'.");
}
