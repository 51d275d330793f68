namespace NodePoint.Abstractions.Events;

/// <summary>Reacts to an event; register it in the module's <c>ConfigureServices</c> (<c>builder.RegisterType&lt;OnTicketCreated&gt;().As&lt;IEventHandler&lt;TicketCreated&gt;&gt;()</c>).</summary>
public interface IEventHandler<in TEvent> where TEvent : notnull
{
    /// <summary>Handles the event.</summary>
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}
