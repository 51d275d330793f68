using Autofac;
using Microsoft.AspNetCore.Routing;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Directory;
using NodePoint.Modules.Projects.Features;
using NodePoint.Modules.Projects.LegacyApi;

namespace NodePoint.Modules.Projects;

/// <summary>Projects (the manual's "products") with their releases, visibility and auto-assign lists.</summary>
public sealed class ProjectsModule : NodePointModule
{
    public override string Slug => "projects";
    public override string Name => "Projects";
    public override string Description => "Projects with models, releases, visibility and auto-assignment; every component files its records against them.";
    public override bool AlwaysOn => true;

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<ProjectsDbContext>(this);
        builder.RegisterType<MarkdownRenderer>().AsSelf().SingleInstance();
        builder.RegisterType<ProjectEditor>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ReleaseList>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Features.Seeding.ProjectSeeder>().As<Abstractions.Seeding.IDataSeeder>().InstancePerLifetimeScope();
        builder.RegisterType<ProjectDirectory>().As<IProjectDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<ListProductsHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AddReleaseHandler>().AsSelf().InstancePerLifetimeScope();
    }

    public override IReadOnlyList<LegacyApiCall> LegacyApiCalls =>
    [
        LegacyApiCall.Create<ListProductsHandler>("list_products", LegacyApiKey.Read),
        LegacyApiCall.Create<AddReleaseHandler>("add_release", LegacyApiKey.Write),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => Api.ProjectsApi.Map(endpoints);

    public override IReadOnlyList<NavigationEntry> Navigation => [new("Projects", "/projects", AccessLevel.Guest, 10)];
}
