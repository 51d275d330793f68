using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace NodePoint.Benchmarks;

/// <summary>
/// The published host as a separate process on a loopback port, its output appended to a log file. Started with
/// the clock running, so the first answers give the cold start; its peak resident memory is read from /proc.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Stopwatch _sinceStart;

    private HostProcess(Process process, StreamWriter log, Stopwatch sinceStart, Uri address)
    {
        _process = process;
        _log = log;
        _sinceStart = sinceStart;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Starts the host; extra arguments are configuration such as <c>--NodePoint:JobPollSeconds=0.1</c>.</summary>
    public static HostProcess Start(string hostFolder, string dataFolder, string logFile, params string[] configuration)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(hostFolder, "NodePoint.Host.dll"), "--data", dataFolder, "--urls", address.ToString().TrimEnd('/') },
        };
        foreach (var setting in configuration)
            start.ArgumentList.Add(setting);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        log.WriteLine($"==== {DateTime.Now:O} dotnet {string.Join(' ', start.ArgumentList)}");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new BenchFailure("Could not start 'dotnet' for the host.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, log, clock, address);
    }

    /// <summary>Waits for the first 200 of <paramref name="path"/> and returns the time since the process started.</summary>
    public async Task<TimeSpan> WaitForAsync(string path)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5),
        };
        string? last = null;
        while (_sinceStart.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new BenchFailure($"The host exited with code {_process.ExitCode} before answering {path}; see {((FileStream)_log.BaseStream).Name}.");
            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                    return _sinceStart.Elapsed;
                last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.GetBaseException().Message;
            }
            await Task.Delay(10);
        }
        throw new BenchFailure($"The host did not answer 200 on {path} within {StartTimeout.TotalSeconds:0} s (last: {last}); see {((FileStream)_log.BaseStream).Name}.");
    }

    /// <summary>The peak (VmHWM) and current (VmRSS) resident memory in bytes, from /proc/&lt;pid&gt;/status.</summary>
    public (long Peak, long Current) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Kilobytes(status, "VmHWM:") * 1024, Kilobytes(status, "VmRSS:") * 1024);
    }

    /// <summary>Asks the host to stop (SIGTERM, as a service manager would), then kills it if it has not within 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        _ = Kill(_process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Kills the hosts this harness started (Ctrl+C), so none is left behind holding a port and the database.</summary>
    public static void KillAll()
    {
        foreach (var process in Running.Values)
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static long Kilobytes(string[] status, string field) =>
        status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
