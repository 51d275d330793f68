using Autofac;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;
using NodePoint.ExternalPrograms;

namespace NodePoint.Plugins.AuthProgram;

/// <summary>Checks logins by running a program of the organisation's choice with the user name and password as arguments.</summary>
public sealed class AuthProgramPlugin : NodePointModule
{
    internal const string CommandSetting = "auth_plugin";
    internal const string TimeoutSetting = "auth_plugin_timeout";
    internal static readonly string[] Variables = ["user", "pass"];

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
            // The host puts the label in front: "Authentication program has an unclosed single quote."
            Validate = value => ProgramCommand.TryParse(value, Variables, out _, out var error) ? null : error,
        },
        new(TimeoutSetting, "Authentication program time limit (seconds)", SettingKind.Integer, "10")
            { Help = "A program still running after this long is stopped and the login refused.", Minimum = 1, Maximum = 60 },
    ];
}
