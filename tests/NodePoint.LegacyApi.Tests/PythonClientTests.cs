using System.Diagnostics;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>The manual's own Python client (§5.19), unchanged but for the address and key, against the host running as a program.</summary>
public sealed class PythonClientTests : IDisposable
{
    private const string ManualAddress = "http://localhost/nodepoint/";
    private const string ManualKey = "0qvG4DkOz8NZnkuhn4aczck7r3qQVYS4";

    private readonly string _data = Directory.CreateTempSubdirectory("nodepoint-python-").FullName;
    private readonly Scripts _scripts = new();

    [Fact]
    public async Task The_manuals_script_prints_the_user_names()
    {
        var setup = await HostProcess.RunAsync("setup", "--admin-name", FirstRun.AdminName, "--admin-password", FirstRun.AdminPassword,
            "--read-key", FirstRun.ReadKey, "--write-key", FirstRun.WriteKey, "--data", _data);
        setup.ExitCode.ShouldBe(0, setup.Errors);
        await using var server = await HostServer.StartAsync(_data);
        using var http = new HttpClient { BaseAddress = server.Address };
        var api = new LegacyApiClient(http);
        foreach (var name in new[] { "alice", "bob.smith", "carol-2" })
            (await api.WriteAsync("add_user", ("user", name), ("password", "secret-" + name))).ShouldBeOk("User added.");

        var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Scripts", "list_users.py"));
        original.ShouldContain(ManualAddress);
        original.ShouldContain(ManualKey);
        var script = _scripts.PathOf("list_users.py");
        await File.WriteAllTextAsync(script, original.Replace(ManualAddress, server.Address.ToString()).Replace(ManualKey, FirstRun.ReadKey));

        var (exitCode, output, errors) = await RunPythonAsync(script);

        exitCode.ShouldBe(0, errors + server.Output);
        output.ShouldBe("alice\nbob.smith\ncarol-2\n");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunPythonAsync(string script)
    {
        var start = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("This test needs python3 on the PATH: install Debian's python3 package (or run 'dotnet cake --target=TestTools' as root).", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await errors);
        }
    }

    public void Dispose()
    {
        _scripts.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
