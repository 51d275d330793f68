using Autofac;
using NodePoint.Abstractions.Modules;
using NodePoint.Host.Components;
using Shouldly;

namespace NodePoint.Host.Tests;

public class ComponentOrderTests
{
    [Fact]
    public void Dependencies_start_before_their_dependents()
    {
        var registry = new ComponentRegistry([Component(new Fake("billing", "clients", "tickets")), Component(new Fake("tickets")), Component(new Fake("clients"))]);

        registry.Started.Select(c => c.Slug).ToList().ShouldBe(["clients", "tickets", "billing"]);
    }

    [Fact]
    public void A_module_with_a_missing_dependency_is_skipped_with_its_dependents()
    {
        var billing = Component(new Fake("billing", "timetracking"));
        var reports = Component(new Fake("reports", "billing"));
        var registry = new ComponentRegistry([billing, reports, Component(new Fake("tickets"))]);

        registry.Started.Select(c => c.Slug).ShouldBe(["tickets"]);
        billing.LoadError.ShouldBe("depends on 'timetracking', which is not installed or failed to load.");
        reports.LoadError.ShouldBe("depends on 'billing', which failed to load.");
    }

    [Fact]
    public void Modules_that_depend_on_each_other_are_skipped()
    {
        var a = Component(new Fake("alpha", "beta"));
        var b = Component(new Fake("beta", "alpha"));

        new ComponentRegistry([a, b]).Started.ShouldBeEmpty();
        (a.LoadError ?? b.LoadError).ShouldNotBeNull().ShouldContain("cycle");
    }

    [Fact]
    public void A_module_whose_registration_throws_is_skipped_and_leaves_nothing_behind()
    {
        var faulty = Component(new Throwing());
        var registry = new ComponentRegistry([faulty, Component(new Fake("tickets"))]);

        registry.Started.Select(c => c.Slug).ShouldBe(["tickets"]);
        faulty.LoadError.ShouldBe("its service registration failed: database settings missing");
        var container = new ContainerBuilder();
        registry.ConfigureServices(container);
        container.Build().IsRegistered<Throwing>().ShouldBeFalse();
    }

    private static LoadedComponent Component(NodePointModule module)
    {
        var component = new LoadedComponent(ComponentKind.Module, module.Slug);
        component.Loaded(module, module.GetType().Assembly);
        return component;
    }

    private sealed class Fake(string slug, params string[] dependencies) : NodePointModule
    {
        public override string Slug => slug;
        public override string Name => slug;
        public override string Description => "test module";
        public override IReadOnlyList<string> Dependencies => dependencies;
    }

    private sealed class Throwing : NodePointModule
    {
        public override string Slug => "faulty";
        public override string Name => "Faulty";
        public override string Description => "throws while registering";

        public override void ConfigureServices(ContainerBuilder builder)
        {
            builder.RegisterType<Throwing>();
            throw new InvalidOperationException("database settings missing");
        }
    }
}
