using Hangfire;
using Hangfire.Common;
using NodePoint.Abstractions.Jobs;
using NodePoint.Host.Components;

namespace NodePoint.Host.Jobs;

/// <summary>Keeps the job server's recurring jobs in line with the components: registered while enabled, removed while disabled.</summary>
internal sealed class RecurringJobScheduler(IRecurringJobManager manager, ComponentCatalog catalog, ILogger<RecurringJobScheduler> logger)
{
    public void Synchronise()
    {
        foreach (var component in catalog.Registry.Started)
        {
            foreach (var definition in component.Manifest.RecurringJobs)
            {
                if (catalog.IsEnabled(component))
                    Schedule(definition);
                else
                    manager.RemoveIfExists(definition.Id);
            }
        }
    }

    private void Schedule(RecurringJobDefinition definition)
    {
        try
        {
            manager.AddOrUpdate(definition.Id, Job.FromExpression<RecurringJobRunner>(r => r.RunAsync(definition.Id, CancellationToken.None)),
                definition.Cron, new RecurringJobOptions());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            logger.LogError("Recurring job {Job} not scheduled: {Reason}", definition.Id, ex.Message);
        }
    }
}
