using System.Text.Json;
using Hangfire;
using NodePoint.Abstractions.Jobs;

namespace NodePoint.Host.Jobs;

/// <summary>Queues a module's job as a call to <see cref="ComponentJobRunner"/>, naming the job type and carrying JSON arguments.</summary>
internal sealed class JobQueue(IBackgroundJobClient jobs) : IJobQueue
{
    public void Enqueue<TJob, TArguments>(TArguments arguments) where TJob : IJob<TArguments>
    {
        var type = typeof(TJob);
        var json = JsonSerializer.Serialize(arguments);
        jobs.Enqueue<ComponentJobRunner>(runner => runner.RunAsync(type.Assembly.GetName().Name!, type.FullName!, json, CancellationToken.None));
    }
}
