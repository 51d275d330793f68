namespace NodePoint.Abstractions.Jobs;

/// <summary>
/// Work a module queues for the job server (<see cref="IJobQueue"/>). It runs in its own scope, may run twice (make it
/// idempotent), is skipped while its module is switched off, and is retried when it throws.
/// </summary>
public interface IJob<in TArguments>
{
    /// <summary>Does the work for <paramref name="arguments"/>.</summary>
    Task RunAsync(TArguments arguments, CancellationToken cancellationToken);
}
