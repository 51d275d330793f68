using Hangfire.Server;
using NodePoint.Host.Components;

namespace NodePoint.Host.Jobs;

/// <summary>
/// Jobs whose type lives in a disabled component do not run: the job server cancels them before they start
/// (Hangfire then records them as done). Recurring jobs go through <see cref="RecurringJobRunner"/> instead.
/// </summary>
internal sealed class ComponentJobFilter(ComponentCatalog catalog, ILogger<ComponentJobFilter> logger) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
        var owner = catalog.Registry.OwnerOfAssemblyNamed(context.BackgroundJob.Job.Type.Assembly.GetName().Name);
        if (owner is null || catalog.IsEnabled(owner))
            return;
        logger.LogInformation("Job {Job} skipped: component {Component} is disabled", context.BackgroundJob.Id, owner.Slug);
        context.Canceled = true;
    }

    public void OnPerformed(PerformedContext context) { }
}
