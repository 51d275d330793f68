using Autofac;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.AuthProgram;

/// <summary>Checks logins by running a program of the organisation's choice with the user name and password as arguments.</summary>
public sealed class AuthProgramPlugin : NodePointModule
{
    internal const string CommandSetting = "auth_plugin";
    internal const string TimeoutSetting = "auth_plugin_timeout";

    public override string Slug => "auth-program";
    public override string Name => "Authentication program";
    public override string Description => "Checks logins with an external program instead of NodePoint passwords (exit code 0 accepts).";

    public override void ConfigureServices(ContainerBuilder builder) =>
        builder.RegisterType<ProgramAuthenticator>().As<IExternalAuthenticator>().InstancePerDependency();

    public override IReadOnlyList<SettingDefinition> Settings =>
    [
        new(CommandSetting, "Authentication program", SettingKind.Text, "")
        {
            Help = "Command line run at each login, without a shell: %user% and %pass% are replaced inside the arguments, each argument " +
                   "reaching the program untouched. Exit code 0 accepts the login, anything else refuses it. Example: " +
                   "/usr/local/bin/check-login --user %user% --password %pass%. Leave empty to use NodePoint passwords.",
            MaxLength = 1_000,
            Validate = value => CommandLine.Split(value, out var error) is null ? "Authentication program " + error : null,
        },
        new(TimeoutSetting, "Authentication program time limit (seconds)", SettingKind.Integer, "10")
            { Help = "A program still running after this long is stopped and the login refused.", Minimum = 1, Maximum = 60 },
    ];
}
