using System.ComponentModel;
using System.Diagnostics;

namespace NodePoint.ExternalPrograms;

/// <summary>
/// Runs a <see cref="ProgramCommand"/> without a shell: standard input closed, output and errors read while it runs
/// (about 16 KB of each kept), and the program stopped with everything it started when the time limit passes.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Characters of standard output, and of standard error, kept from one run.</summary>
    public const int OutputLimit = 16 * 1024;

    // After the program has ended, a process it left in the background may still hold the pipes open; its output is
    // not worth holding the caller for.
    private static readonly TimeSpan ReadGrace = TimeSpan.FromSeconds(2);

    // SIGKILL takes effect at once; the wait only lets the runtime collect the exit status.
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    private const int TextFileBusy = 26; // ETXTBSY on Linux
    private const int StartAttempts = 5;

    /// <summary>
    /// Starts <paramref name="command"/> with <paramref name="values"/> and waits for it, at most <paramref name="timeout"/>.
    /// A program that cannot start (missing, not executable) gives a result with <see cref="ProgramResult.StartError"/>
    /// rather than an exception. Cancelling <paramref name="cancellationToken"/> stops the program and throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<ProgramResult> RunAsync(
        ProgramCommand command, IReadOnlyDictionary<string, string> values, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();

        Process process;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                process = Process.Start(command.StartInfo(values))
                          ?? throw new InvalidOperationException("Process.Start returned no process.");
                break;
            }
            catch (Win32Exception ex) when (ex.NativeErrorCode == TextFileBusy && attempt < StartAttempts)
            {
                // The file was still open for writing somewhere (being replaced, or inherited by a process forking at
                // that moment): that passes within moments.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
            catch (Win32Exception ex)
            {
                return new ProgramResult(null, "", "", false, $"{command.Program} could not start: {StartFailure(command.Program, ex)}.")
                    { TimeLimit = timeout };
            }
        }

        using (process)
        {
            using var stopReading = new CancellationTokenSource();
            var output = CappedText.ReadAsync(process.StandardOutput, OutputLimit, stopReading.Token);
            var errors = CappedText.ReadAsync(process.StandardError, OutputLimit, stopReading.Token);
            CloseInput(process);

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            var timedOut = false;
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                await StopAsync(process);
                timedOut = true;
            }

            stopReading.CancelAfter(cancellationToken.IsCancellationRequested ? TimeSpan.Zero : ReadGrace);
            var (outputText, errorText) = (await output, await errors);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProgramResult(timedOut ? null : process.ExitCode, outputText, errorText, timedOut, null) { TimeLimit = timeout };
        }
    }

    // Programs that read standard input see its end at once instead of waiting for input nobody will type.
    private static void CloseInput(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program has already exited and closed its end.
        }
    }

    private static async Task StopAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            // It exited between the time limit and the kill, or one of its children did.
        }
        try
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(KillWait);
        }
        catch (TimeoutException)
        {
            // Reported as stopped all the same; the kernel finishes the kill.
        }
    }

    private static string StartFailure(string program, Win32Exception ex)
    {
        const int NotFound = 2; // ENOENT, and ERROR_FILE_NOT_FOUND on Windows
        const int PermissionDenied = 13; // EACCES
        if (ex.NativeErrorCode == NotFound)
            return program.Contains('/') || program.Contains('\\') ? "it was not found" : "it was not found on the PATH";
        if (ex.NativeErrorCode == PermissionDenied && !OperatingSystem.IsWindows())
            return "permission denied (is it an executable file?)";
        // The system's own wording, without .NET's sentence about the working directory.
        return new Win32Exception(ex.NativeErrorCode).Message;
    }
}
