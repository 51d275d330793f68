using Hangfire.Server;
using NodePoint.Host.Components;

namespace NodePoint.Host.Jobs;

/// <summary>Jobs of a disabled component do not run: the job server cancels them before they start.</summary>
internal sealed class ComponentJobFilter(ComponentCatalog catalog, ILogger<ComponentJobFilter> logger) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
        var owner = catalog.Registry.OwnerOf(context.BackgroundJob.Job.Type);
        if (owner is null || catalog.IsEnabled(owner))
            return;
        logger.LogInformation("Job {Job} skipped: component {Component} is disabled", context.BackgroundJob.Id, owner.Slug);
        context.Canceled = true;
    }

    public void OnPerformed(PerformedContext context) { }
}
