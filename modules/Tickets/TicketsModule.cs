using Autofac;
using Microsoft.AspNetCore.Routing;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Features;
using NodePoint.Modules.Tickets.Features.Forms;
using NodePoint.Modules.Tickets.Handlers;
using NodePoint.Modules.Tickets.LegacyApi;

namespace NodePoint.Modules.Tickets;

/// <summary>The help desk: tickets filed against projects, with statuses, history, comments, assignees and followers.</summary>
public sealed class TicketsModule : NodePointModule
{
    public override string Slug => "tickets";
    public override string Name => "Tickets";
    public override string Description => "Help-desk tickets with statuses, resolutions, history, comments, assignment and following.";
    public override IReadOnlyList<string> Dependencies => ["projects"];

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<TicketsDbContext>(this);
        builder.RegisterType<TicketVisibility>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<FileTicket>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<EditTicket>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TicketComments>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AssignTicket>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TicketAttachments>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TicketFollowers>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CustomField>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<FieldTypes>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TicketForms>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<EditCustomForm>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Features.Seeding.TicketSeeder>().As<Abstractions.Seeding.IDataSeeder>().InstancePerLifetimeScope();
        builder.RegisterType<TicketList>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TicketCsv>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<OnTicketCreated>().As<IEventHandler<TicketCreated>>();
        builder.RegisterType<OnTicketChanged>().As<IEventHandler<TicketChanged>>();
        builder.RegisterType<OnTicketCommented>().As<IEventHandler<TicketCommented>>();
        builder.RegisterType<OnTicketAssigned>().As<IEventHandler<TicketAssigned>>();
        builder.RegisterType<ShowTicketHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ListTicketsHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AddTicketHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AddCommentHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UpdateTicketHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AssignTicketHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ListFilesHandler>().AsSelf().InstancePerLifetimeScope();
    }

    public override IReadOnlyList<LegacyApiCall> LegacyApiCalls =>
    [
        LegacyApiCall.Create<ShowTicketHandler>("show_ticket", LegacyApiKey.Read),
        LegacyApiCall.Create<ListTicketsHandler>("list_tickets", LegacyApiKey.Read),
        LegacyApiCall.Create<AddTicketHandler>("add_ticket", LegacyApiKey.Write),
        LegacyApiCall.Create<AddCommentHandler>("add_comment", LegacyApiKey.Write),
        LegacyApiCall.Create<UpdateTicketHandler>("update_ticket", LegacyApiKey.Write),
        LegacyApiCall.Create<AssignTicketHandler>("assign_ticket", LegacyApiKey.Write),
        LegacyApiCall.Create<ListFilesHandler>("list_files", LegacyApiKey.Read),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => Api.TicketsApi.Map(endpoints);

    public override IReadOnlyList<SettingDefinition> Settings => TicketSettings.All;

    public override IReadOnlyList<NavigationEntry> Navigation =>
        [new("Tickets", "/tickets", AccessLevel.Guest, 20), new("Custom forms", "/tickets/forms", AccessLevel.ProjectsManagement, 21)];

    public override IReadOnlyList<Panel> ProjectPanels => [new("ProjectTickets", AccessLevel.Guest, 10)];

    public override IReadOnlyList<Panel> HomePanels =>
    [
        new("TicketsYouCreated", AccessLevel.Authorized, 30),
        new("TicketsYouFollow", AccessLevel.Unauthorized, 31),
        new("TicketsAssignedToYou", AccessLevel.TicketsManagement, 32),
    ];
}
