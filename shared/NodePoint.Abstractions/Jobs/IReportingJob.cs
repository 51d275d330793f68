namespace NodePoint.Abstractions.Jobs;

/// <summary>A job that leaves a one-paragraph report (an exit code, a program's output) in its entry in the jobs dashboard.</summary>
public interface IReportingJob
{
    /// <summary>Set by the job while it runs; shown as the job's result once it succeeds.</summary>
    string? Report { get; }
}
