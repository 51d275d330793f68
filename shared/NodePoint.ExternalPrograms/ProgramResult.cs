using System.Globalization;

namespace NodePoint.ExternalPrograms;

/// <summary>How a run of an external program ended. Exactly one of the three cases holds: it could not start
/// (<paramref name="StartError"/>), it was stopped at the time limit (<paramref name="TimedOut"/>), or it exited
/// (<paramref name="ExitCode"/>).</summary>
/// <param name="ExitCode">The program's exit code; null when it did not start or was stopped.</param>
/// <param name="Output">What it wrote to standard output, cut after about 16 KB.</param>
/// <param name="Errors">What it wrote to standard error, cut after about 16 KB.</param>
/// <param name="TimedOut">True when it was still running at the time limit and was stopped, with everything it started.</param>
/// <param name="StartError">Why it could not start, as a sentence naming the program; null when it started.</param>
public sealed record ProgramResult(int? ExitCode, string Output, string Errors, bool TimedOut, string? StartError)
{
    /// <summary>The time limit the run had; used to say when a stopped program was stopped.</summary>
    public TimeSpan TimeLimit { get; init; }

    /// <summary>One line for logs and job history: "exit code 3", "stopped after 10 s", or the start error
    /// ("/usr/local/bin/notify could not start: it was not found.").</summary>
    public string Describe()
    {
        if (StartError is not null)
            return StartError;
        if (TimedOut)
            return string.Create(CultureInfo.InvariantCulture, $"stopped after {TimeLimit.TotalSeconds:0.###} s");
        return string.Create(CultureInfo.InvariantCulture, $"exit code {ExitCode}");
    }
}
