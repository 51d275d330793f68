using System.Globalization;
using Autofac;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Tickets;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Programs;

/// <summary>Runs programs of the organisation's choice when notifications go out and tickets, tasks and items change.</summary>
public sealed class ProgramsPlugin : NodePointModule
{
    internal const string SlugName = "programs";
    internal const string TimeoutSetting = "programs_timeout";
    internal const int DefaultTimeoutSeconds = 30;
    internal const int MaximumTimeoutSeconds = 300;

    public override string Slug => SlugName;
    public override string Name => "External programs";
    public override string Description =>
        "Runs programs of your choice for notifications, new and updated tickets, completed tasks and item checkouts, never through a shell.";

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterType<ProgramHookRunner>().AsSelf().InstancePerDependency();
        builder.RegisterType<NotificationProgramChannel>().As<INotificationChannel>().InstancePerDependency();
        builder.RegisterType<Jobs.RunHookJob>().AsSelf().InstancePerDependency();
        builder.RegisterType<Handlers.OnTicketCreated>().As<IEventHandler<TicketCreated>>();
        builder.RegisterType<Handlers.OnTicketChanged>().As<IEventHandler<TicketChanged>>();
    }

    public override IReadOnlyList<SettingDefinition> Settings =>
    [
        .. ProgramHooks.All.Select(h => h.ToSetting()),
        new(TimeoutSetting, "Time limit", SettingKind.Integer, DefaultTimeoutSeconds.ToString(CultureInfo.InvariantCulture))
        {
            Help = "Seconds a program may run. One still running then is stopped, with every process it started, and the run is reported as failed.",
            Minimum = 1,
            Maximum = MaximumTimeoutSeconds,
        },
    ];
}
