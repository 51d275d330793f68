using Autofac;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Settings;
using NodePoint.Plugins.Mail.Jobs;

namespace NodePoint.Plugins.Mail;

/// <summary>Delivers notifications by mail over SMTP (MailKit), with short retries for passing faults.</summary>
public sealed class MailPlugin : NodePointModule
{
    public override string Slug => "mail";
    public override string Name => "Mail delivery";
    public override string Description => "Sends notifications by email through your SMTP server.";

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterType<SmtpSender>().AsSelf().InstancePerDependency();
        builder.RegisterType<MailChannel>().As<INotificationChannel>().InstancePerDependency();
        builder.RegisterType<SendTestMailJob>().AsSelf().InstancePerDependency();
    }

    public override IReadOnlyList<SettingDefinition> Settings => MailSettings.Definitions;

    public override IReadOnlyList<Panel> SettingsPanels => [new("MailTest", AccessLevel.Admin, 50)];
}
