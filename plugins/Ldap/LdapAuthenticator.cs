using System.DirectoryServices.Protocols;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Ldap;

/// <summary>Checks a password with an LDAP simple bind as the user: the directory itself decides, NodePoint stores nothing.</summary>
internal sealed partial class LdapAuthenticator(ISettings settings, IComponentCatalog components, ILogger<LdapAuthenticator> logger)
    : IExternalAuthenticator
{
    private const int InvalidCredentials = 49;
    private const int ClientTimeout = 85;

    // libldap's own timeouts end a bind; this margin only catches a step they would not cover.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    public string Name => "Active Directory / LDAP";
    public int Order => 10;

    public bool IsConfigured =>
        components.IsEnabled(LdapPlugin.PluginSlug) && settings.Get(LdapSettings.Server).Trim().Length > 0;

    // The caller already allows only these characters; checking again keeps DN syntax out of the bind name whoever calls.
    [GeneratedRegex("^[A-Za-z0-9.-]{1,64}$")]
    private static partial Regex UserNamePattern();

    public async Task<ExternalAuthenticationResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        // An empty password turns a simple bind into an anonymous one, which most servers accept: never send it.
        if (string.IsNullOrEmpty(password))
            return ExternalAuthenticationResult.Rejected("The password is empty; directory login never binds without one.");
        if (!UserNamePattern().IsMatch(userName))
            return ExternalAuthenticationResult.Rejected("The user name holds characters a directory bind name may not.");
        if (LdapBindTarget.FromSettings(settings, userName, out var problem) is not { } target)
            return Unavailable(userName, problem);

        cancellationToken.ThrowIfCancellationRequested();
        // The bind blocks inside libldap, so it runs on the pool. A cancelled login stops waiting at once; the abandoned
        // bind still ends by its own timeout.
        var bind = Task.Run(() => target.Bind(password), CancellationToken.None);
        try
        {
            await bind.WaitAsync(TimeSpan.FromSeconds(target.TimeoutSeconds) + Margin, cancellationToken).ConfigureAwait(false);
            return ExternalAuthenticationResult.Accepted();
        }
        catch (LdapException e) when (e.ErrorCode == InvalidCredentials)
        {
            var detail = $"The directory server {target.Url} rejected the credentials of {target.BindName}.";
            logger.LogInformation("Directory login refused for {UserName}: {Detail}", userName, detail);
            return ExternalAuthenticationResult.Rejected(detail);
        }
        catch (LdapException e) when (e.ErrorCode == ClientTimeout)
        {
            return Unavailable(userName, $"The directory server {target.Url} did not answer within {target.TimeoutSeconds} s (LDAP error {e.ErrorCode}).", e);
        }
        catch (DirectoryException e)
        {
            return Unavailable(userName, $"The directory server {target.Url} could not check the password of {target.BindName}: {Describe(e)}.", e);
        }
        catch (TimeoutException)
        {
            Observe(bind);
            return Unavailable(userName, $"The directory server {target.Url} did not answer within {target.TimeoutSeconds} s.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Observe(bind);
            throw;
        }
        catch (PlatformNotSupportedException e)
        {
            // The package's platform-neutral assembly is a stub; the real one sits under the plugin's runtimes/ folder.
            return Unavailable(userName,
                $"The directory server {target.Url} could not be used: {e.Message} The plugin's folder must keep its runtimes/ subfolder.", e);
        }
        catch (DllNotFoundException e)
        {
            return Unavailable(userName,
                $"The directory server {target.Url} could not be used: the OpenLDAP client library is missing (Debian: install libldap-2.5-0).", e);
        }
    }

    private static string Describe(DirectoryException e)
    {
        var message = e.Message.TrimEnd('.', ' ');
        if (e is not LdapException ldap)
            return message;
        return string.IsNullOrWhiteSpace(ldap.ServerErrorMessage)
            ? $"{message} (LDAP error {ldap.ErrorCode})"
            : $"{message} (LDAP error {ldap.ErrorCode}: {ldap.ServerErrorMessage.Trim().TrimEnd('.')})";
    }

    // A bind left running after a timeout or a cancellation may still fail; read its error so it is not reported as unobserved.
    private static void Observe(Task bind) =>
        bind.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private ExternalAuthenticationResult Unavailable(string userName, string detail, Exception? error = null)
    {
        logger.LogWarning(error, "Directory login unavailable for {UserName}: {Detail}", userName, detail);
        return ExternalAuthenticationResult.Unavailable(detail);
    }
}
