namespace NodePoint.Abstractions.Jobs;

/// <summary>Queues module work on the job server without the module depending on it: the arguments are stored as JSON.</summary>
public interface IJobQueue
{
    /// <summary>Queues <typeparamref name="TJob"/> (registered in the module's container) with <paramref name="arguments"/>.</summary>
    void Enqueue<TJob, TArguments>(TArguments arguments) where TJob : IJob<TArguments>;
}
