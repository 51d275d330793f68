namespace NodePoint.Abstractions.Events;

/// <summary>
/// In-process publish/subscribe between modules. The owning module publishes a past-tense event record
/// (<c>TicketCreated</c>) only after it has committed its change; every enabled module's
/// <see cref="IEventHandler{TEvent}"/> then runs in turn. A failing handler is logged and does not stop the others.
/// Slow side effects (mail, external programs) must be turned into jobs by the handler.
/// </summary>
public interface IEventBus
{
    /// <summary>Delivers <paramref name="event"/> to every handler of enabled components.</summary>
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull;
}
