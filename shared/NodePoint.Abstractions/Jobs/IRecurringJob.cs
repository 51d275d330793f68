namespace NodePoint.Abstractions.Jobs;

/// <summary>A job run on a schedule by the job server. Must be idempotent: it may run twice.</summary>
public interface IRecurringJob
{
    /// <summary>Does the work; honours <paramref name="cancellationToken"/> at shutdown.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
