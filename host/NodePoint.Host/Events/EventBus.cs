using Autofac;
using NodePoint.Abstractions.Events;
using NodePoint.Host.Components;

namespace NodePoint.Host.Events;

/// <summary>Runs the handlers of enabled components in start order; a failing handler is logged and the others still run.</summary>
internal sealed class EventBus(ILifetimeScope scope, ComponentCatalog catalog, ILogger<EventBus> logger) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        foreach (var handler in scope.Resolve<IEnumerable<IEventHandler<TEvent>>>())
        {
            var owner = catalog.Registry.OwnerOf(handler.GetType());
            if (owner is not null && !catalog.IsEnabled(owner))
                continue;
            try
            {
                await handler.HandleAsync(@event, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Handler {Handler} failed on {Event}", handler.GetType().FullName, typeof(TEvent).Name);
            }
        }
    }
}
