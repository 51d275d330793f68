using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.Tickets;
using NodePoint.Plugins.Programs.Jobs;

namespace NodePoint.Plugins.Programs.Handlers;

/// <summary>Queues the ticket resolution program whenever a ticket is updated.</summary>
internal sealed class OnTicketChanged(ProgramHookRunner runner, IJobQueue jobs) : IEventHandler<TicketChanged>
{
    public Task HandleAsync(TicketChanged e, CancellationToken cancellationToken)
    {
        if (runner.IsOn(ProgramHooks.TicketResolution.Key))
        {
            var values = new Dictionary<string, string>
            {
                ["ticket"] = e.TicketId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = e.Status,
                ["resolution"] = e.Resolution, ["user"] = e.ChangedBy, ["client"] = "",
            };
            jobs.Enqueue<RunHookJob, HookRun>(new HookRun(ProgramHooks.TicketResolution.Key, values));
        }
        return Task.CompletedTask;
    }
}
