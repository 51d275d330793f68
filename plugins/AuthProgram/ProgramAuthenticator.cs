using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;
using NodePoint.ExternalPrograms;

namespace NodePoint.Plugins.AuthProgram;

/// <summary>
/// Runs the configured program directly (never through a shell) with %user% and %pass% substituted inside each
/// argument, standard input closed, and a time limit. Exit code 0 accepts.
/// </summary>
internal sealed class ProgramAuthenticator(ISettings settings, IComponentCatalog components, ILogger<ProgramAuthenticator> logger) : IExternalAuthenticator
{
    public string Name => "Authentication program";
    public int Order => 20;
    public bool IsConfigured => components.IsEnabled("auth-program") && settings.Get(AuthProgramPlugin.CommandSetting).Trim().Length > 0;

    public async Task<ExternalAuthenticationResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        if (!ProgramCommand.TryParse(settings.Get(AuthProgramPlugin.CommandSetting), AuthProgramPlugin.Variables, out var command, out var error))
            return ExternalAuthenticationResult.Unavailable("the authentication program setting " + error);

        var limit = TimeSpan.FromSeconds(Math.Clamp(settings.GetInt(AuthProgramPlugin.TimeoutSetting), 1, 60));
        var values = new Dictionary<string, string> { ["user"] = userName, ["pass"] = password };
        var result = await ProgramRunner.RunAsync(command, values, limit, cancellationToken);

        if (result.StartError is not null)
        {
            logger.LogWarning("Authentication program: {Result}", result.Describe());
            return ExternalAuthenticationResult.Unavailable("the authentication program " + result.StartError);
        }
        if (result.TimedOut)
        {
            logger.LogWarning("Authentication program {Program} stopped after {Seconds} s", command.Program, limit.TotalSeconds);
            return ExternalAuthenticationResult.Unavailable($"the authentication program {command.Program} did not finish within {limit.TotalSeconds:0} s.");
        }
        if (result.ExitCode == 0)
            return ExternalAuthenticationResult.Accepted();
        logger.LogInformation("Authentication program refused '{User}' with exit code {Code}", userName, result.ExitCode);
        return ExternalAuthenticationResult.Rejected($"exit code {result.ExitCode}");
    }
}
