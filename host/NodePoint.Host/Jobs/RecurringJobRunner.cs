using NodePoint.Abstractions.Jobs;
using NodePoint.Host.Components;

namespace NodePoint.Host.Jobs;

/// <summary>
/// What the job server actually runs for a module's recurring job: the stored job names only the job id, so
/// nothing depends on module types being loadable by name; the runner finds the module's job, skips it while the
/// module is off, and resolves it from the container in the job's own scope.
/// </summary>
internal sealed class RecurringJobRunner(ComponentCatalog catalog, IServiceProvider services, ILogger<RecurringJobRunner> logger)
{
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var found = catalog.Registry.Started
            .SelectMany(c => c.Manifest.RecurringJobs.Select(d => (Component: c, Definition: d)))
            .FirstOrDefault(x => x.Definition.Id == jobId);
        if (found.Definition is null)
        {
            logger.LogWarning("Job {Job} skipped: no installed component declares it", jobId);
            return;
        }
        if (!catalog.IsEnabled(found.Component))
        {
            logger.LogInformation("Job {Job} skipped: component {Component} is disabled", jobId, found.Component.Slug);
            return;
        }
        var job = (IRecurringJob)services.GetRequiredService(found.Definition.JobType);
        await job.RunAsync(cancellationToken);
    }
}
