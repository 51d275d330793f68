using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.AuthProgram;

/// <summary>
/// Runs the configured program directly (never through a shell) with %user% and %pass% substituted inside each
/// argument, standard input closed, and a time limit. Exit code 0 accepts.
/// </summary>
internal sealed partial class ProgramAuthenticator(ISettings settings, IComponentCatalog components, ILogger<ProgramAuthenticator> logger) : IExternalAuthenticator
{
    [GeneratedRegex("%(user|pass)%")]
    private static partial Regex Variable();

    public string Name => "Authentication program";
    public int Order => 20;
    public bool IsConfigured => components.IsEnabled("auth-program") && settings.Get(AuthProgramPlugin.CommandSetting).Trim().Length > 0;

    public async Task<ExternalAuthenticationResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var words = CommandLine.Split(settings.Get(AuthProgramPlugin.CommandSetting), out var error);
        if (words is null)
            return ExternalAuthenticationResult.Unavailable("the authentication program setting " + error);

        // One pass per argument, so a user name containing "%pass%" is never replaced by the password.
        var start = new ProcessStartInfo(words[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in words.Skip(1))
            start.ArgumentList.Add(Variable().Replace(argument, m => m.Groups[1].Value == "user" ? userName : password));

        var limit = TimeSpan.FromSeconds(Math.Clamp(settings.GetInt(AuthProgramPlugin.TimeoutSetting), 1, 60));
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("Authentication program {Program} stopped after {Seconds} s", words[0], limit.TotalSeconds);
                return ExternalAuthenticationResult.Unavailable($"the authentication program {words[0]} did not finish within {limit.TotalSeconds:0} s.");
            }
            await Task.WhenAll(output, errors);
            if (process.ExitCode == 0)
                return ExternalAuthenticationResult.Accepted();
            logger.LogInformation("Authentication program refused '{User}' with exit code {Code}", userName, process.ExitCode);
            return ExternalAuthenticationResult.Rejected($"exit code {process.ExitCode}");
        }
        catch (Win32Exception ex)
        {
            logger.LogWarning("Authentication program {Program} could not start: {Reason}", words[0], ex.Message);
            return ExternalAuthenticationResult.Unavailable($"the authentication program {words[0]} could not start: {ex.Message}");
        }
    }
}
