using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.Tickets;
using NodePoint.Plugins.Programs.Jobs;

namespace NodePoint.Plugins.Programs.Handlers;

/// <summary>Queues the new ticket program with the ticket's values.</summary>
internal sealed class OnTicketCreated(ProgramHookRunner runner, IJobQueue jobs) : IEventHandler<TicketCreated>
{
    public Task HandleAsync(TicketCreated e, CancellationToken cancellationToken)
    {
        if (runner.IsOn(ProgramHooks.NewTicket.Key))
        {
            var values = new Dictionary<string, string>
            {
                ["ticket"] = e.TicketId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["user"] = e.CreatedBy, ["title"] = e.Title,
                ["description"] = e.Description, ["product"] = e.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["release"] = e.Release,
            };
            jobs.Enqueue<RunHookJob, HookRun>(new HookRun(ProgramHooks.NewTicket.Key, values));
        }
        return Task.CompletedTask;
    }
}
