using Autofac;
using Microsoft.AspNetCore.Routing;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Guestbook.Data;
using NodePoint.Modules.Guestbook.Endpoints;
using NodePoint.Modules.Guestbook.Forms;
using NodePoint.Modules.Guestbook.Jobs;
using NodePoint.Modules.Guestbook.LegacyApi;

namespace NodePoint.Modules.Guestbook;

/// <summary>A sample third-party module: a guestbook with its own table, page, API, NodePoint-compatible API call, setting, menu entry, home panel and static file.</summary>
public sealed class GuestbookModule : NodePointModule
{
    public const string TitleSetting = "guestbook_title";

    public override string Slug => "guestbook";
    public override string Name => "Guestbook";
    public override string Description => "Visitors leave short messages (a sample module built outside the solution).";

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<GuestbookDbContext>(this);
        builder.RegisterType<GuestbookDigestJob>().AsSelf();
        builder.RegisterType<GuestbookEntryChoices>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SignGuestbookHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Handlers.OnTicketResolved>().As<IEventHandler<TicketResolved>>();
    }

    public override IReadOnlyList<LegacyApiCall> LegacyApiCalls => [LegacyApiCall.Create<SignGuestbookHandler>("sign_guestbook", LegacyApiKey.Write)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => GuestbookEndpoints.Map(endpoints);

    public override IReadOnlyList<SettingDefinition> Settings =>
    [
        new(TitleSetting, "Guestbook title", SettingKind.Text, "Sign our guestbook") { Required = true, MaxLength = 80, Help = "Heading of the guestbook page." },
    ];

    public override IReadOnlyList<CustomFieldType> CustomFieldTypes =>
        [CustomFieldType.Create<GuestbookEntryChoices>(GuestbookEntryChoices.Key, "Guestbook entry")];

    public override IReadOnlyList<RecurringJobDefinition> RecurringJobs =>
        [RecurringJobDefinition.Create<GuestbookDigestJob>("guestbook:digest", "0 6 * * *")];

    public override IReadOnlyList<NavigationEntry> Navigation => [new("Guestbook", "/guestbook", AccessLevel.Guest, 90)];

    public override IReadOnlyList<Panel> HomePanels => [new("LatestGuestbookEntries", AccessLevel.Guest, 90)];
}
