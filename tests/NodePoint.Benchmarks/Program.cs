using NodePoint.Benchmarks;

// The benchmark harness (README, "Benchmarks"). Exits 0 whatever the figures are; 1 only when the harness itself
// cannot run (wrk missing, no published host, the host not starting), 2 on bad arguments.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchFailure ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

Console.CancelKeyPress += (_, _) => HostProcess.KillAll();
try
{
    if (WrkRunner.FindWrk() is null)
        throw new BenchFailure("wrk is not installed: run 'apt-get install -y wrk' (Debian), or 'dotnet cake --target=Bench' as root, which installs it.");
    if (!File.Exists(Path.Combine(options.HostFolder, "NodePoint.Host.dll")) || !Directory.Exists(Path.Combine(options.HostFolder, "modules")))
        throw new BenchFailure($"{options.HostFolder} is not a published host with its modules/ folder: run 'dotnet publish host/NodePoint.Host -c Release -o <folder>' first.");
    Directory.CreateDirectory(options.OutFolder);

    var started = DateTime.Now;
    var report = Path.Combine(options.OutFolder, "results.md");
    var wrk = new WrkRunner(options, Path.Combine(options.OutFolder, "wrk"));
    var results = new List<SizeResult>();
    foreach (var size in options.Sizes)
    {
        Console.WriteLine($"== {size:N0} tickets ==");
        results.Add(await new SizeRun(options, wrk).RunAsync(size));
        await File.WriteAllTextAsync(report, Report.Markdown(options, results, started));
        Console.WriteLine($"Results so far written to {report}.");
    }
    return 0;
}
catch (BenchFailure ex)
{
    Console.Error.WriteLine($"The benchmark could not run: {ex.Message}");
    return 1;
}
