using Autofac;
using Microsoft.Extensions.Logging.Abstractions;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Modules;
using NodePoint.Host.Components;
using NodePoint.Host.Events;
using NodePoint.Host.Settings;
using Shouldly;

namespace NodePoint.Host.Tests;

public class EventBusTests : IDisposable
{
    private readonly TemporarySettings _settings = new();
    private static readonly List<string> Handled = [];

    public sealed record ThingHappened(string What);

    [Fact]
    public async Task Every_handler_runs_even_when_one_fails()
    {
        var bus = await BusAsync(enabled: true);

        await bus.PublishAsync(new ThingHappened("ticket 7 created"));

        Handled.ShouldBe(["first: ticket 7 created", "third: ticket 7 created"]);
    }

    [Fact]
    public async Task Handlers_of_a_disabled_component_are_skipped()
    {
        var bus = await BusAsync(enabled: false);

        await bus.PublishAsync(new ThingHappened("ticket 8 created"));

        Handled.ShouldBeEmpty();
    }

    private async Task<EventBus> BusAsync(bool enabled)
    {
        Handled.Clear();
        var component = new LoadedComponent(ComponentKind.Module, "Listener");
        component.Loaded(new Listener(), typeof(Listener).Assembly);
        var registry = new ComponentRegistry([component]);
        var store = await _settings.OpenAsync(SettingsCatalog.For(registry));
        await store.SaveAsync(new Dictionary<string, string>(), new Dictionary<string, string> { [SettingsStore.ComponentKeyPrefix + "listener"] = enabled ? "true" : "false" }, default);

        var builder = new ContainerBuilder();
        builder.RegisterType<First>().As<IEventHandler<ThingHappened>>();
        builder.RegisterType<Failing>().As<IEventHandler<ThingHappened>>();
        builder.RegisterType<Third>().As<IEventHandler<ThingHappened>>();
        return new EventBus(builder.Build(), new ComponentCatalog(registry, store), NullLogger<EventBus>.Instance);
    }

    public void Dispose() => _settings.Dispose();

    private sealed class Listener : NodePointModule
    {
        public override string Slug => "listener";
        public override string Name => "Listener";
        public override string Description => "owns the handlers of this test";
    }

    private sealed class First : IEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened e, CancellationToken ct) { Handled.Add("first: " + e.What); return Task.CompletedTask; }
    }

    private sealed class Failing : IEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened e, CancellationToken ct) => throw new InvalidOperationException("mail server exploded");
    }

    private sealed class Third : IEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened e, CancellationToken ct) { Handled.Add("third: " + e.What); return Task.CompletedTask; }
    }
}
