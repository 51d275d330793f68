using System.DirectoryServices.Protocols;
using System.Net;
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

    // libldap's own timeout normally ends a bind; this margin only catches a step it does not time (a stuck TLS handshake).
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    public string Name => "Active Directory / LDAP";
    public int Order => 10;

    public bool IsConfigured =>
        components.IsEnabled(LdapPlugin.PluginSlug) && settings.Get(LdapSettings.Server).Trim().Length > 0;

    // The caller already allows only these characters; checking again keeps DN and filter syntax out of the bind name
    // whoever calls.
    [GeneratedRegex("^[A-Za-z0-9.-]{1,64}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"\{(user|domain)\}")]
    private static partial Regex Placeholder();

    public async Task<ExternalAuthenticationResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        // An empty password turns a simple bind into an anonymous one, which most servers accept: never send it.
        if (string.IsNullOrEmpty(password))
            return ExternalAuthenticationResult.Rejected("The password is empty; directory login never binds without one.");
        if (!UserNamePattern().IsMatch(userName))
            return ExternalAuthenticationResult.Rejected("The user name holds characters a directory bind name may not.");

        var useLdaps = settings.GetBool(LdapSettings.UseLdaps);
        var serverSetting = settings.Get(LdapSettings.Server).Trim();
        if (!LdapServerAddress.TryParse(serverSetting, useLdaps, out var server))
            return Unavailable($"The directory server setting '{serverSetting}' is not a host name or IP address with an optional port.");
        var domain = settings.Get(LdapSettings.Domain).Trim();
        var format = settings.Get(LdapSettings.BindFormat);
        if (!format.Contains(LdapSettings.UserPlaceholder, StringComparison.Ordinal))
            return Unavailable("The bind name setting does not contain {user}.");
        if (format.Contains(LdapSettings.DomainPlaceholder, StringComparison.Ordinal) && domain.Length == 0)
            return Unavailable("The bind name setting uses {domain} but the directory domain is empty.");
        // One pass, so a value can never bring in a placeholder of its own.
        var bindName = Placeholder().Replace(format, m => m.Groups[1].Value == "user" ? userName : domain);
        var seconds = Math.Clamp(settings.GetInt(LdapSettings.TimeoutSeconds), 1, 60);
        var url = $"{(useLdaps ? "ldaps" : "ldap")}://{server}";

        cancellationToken.ThrowIfCancellationRequested();
        // The bind blocks inside libldap, so it runs on the pool; a cancelled login stops waiting at once and the
        // abandoned bind ends by its own timeout.
        var bind = Task.Run(() => Bind(server, useLdaps, bindName, password, TimeSpan.FromSeconds(seconds)), CancellationToken.None);
        try
        {
            await bind.WaitAsync(TimeSpan.FromSeconds(seconds) + Margin, cancellationToken).ConfigureAwait(false);
            return ExternalAuthenticationResult.Accepted();
        }
        catch (LdapException e) when (e.ErrorCode == InvalidCredentials)
        {
            logger.LogInformation("Directory login refused for {UserName}: {Server} rejected the credentials of {BindName}.", userName, url, bindName);
            return ExternalAuthenticationResult.Rejected($"The directory server {url} rejected the credentials of {bindName}.");
        }
        catch (LdapException e)
        {
            var detail = $"The directory server {url} could not check the password of {bindName}: {Describe(e)}.";
            logger.LogWarning(e, "Directory login unavailable for {UserName}: {Detail}", userName, detail);
            return ExternalAuthenticationResult.Unavailable(detail);
        }
        catch (TimeoutException)
        {
            Observe(bind);
            var detail = $"The directory server {url} did not answer within {seconds} seconds.";
            logger.LogWarning("Directory login unavailable for {UserName}: {Detail}", userName, detail);
            return ExternalAuthenticationResult.Unavailable(detail);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Observe(bind);
            throw;
        }
        catch (Exception e) when (e is DirectoryException or PlatformNotSupportedException or DllNotFoundException)
        {
            // A missing libldap or an option the platform lacks is the admin's problem, not the user's password.
            var detail = $"The directory server {url} could not be used: {e.Message}";
            logger.LogWarning(e, "Directory login unavailable for {UserName}: {Detail}", userName, detail);
            return ExternalAuthenticationResult.Unavailable(detail);
        }
    }

    private static void Bind(LdapServerAddress server, bool useLdaps, string bindName, string password, TimeSpan timeout)
    {
        using var connection = new LdapConnection(
            new LdapDirectoryIdentifier(server.Host, server.Port), new NetworkCredential(bindName, password), AuthType.Basic)
        {
            Timeout = timeout,
            AutoBind = false,
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = useLdaps;
        // A bind needs no referrals, and Active Directory's would send the password to another server.
        connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
        connection.Bind();
    }

    private static string Describe(LdapException e)
    {
        var message = e.Message.TrimEnd('.');
        return string.IsNullOrWhiteSpace(e.ServerErrorMessage)
            ? $"{message} (LDAP error {e.ErrorCode})"
            : $"{message} (LDAP error {e.ErrorCode}: {e.ServerErrorMessage.Trim()})";
    }

    // A bind left running after a timeout or a cancellation may still fail; read its error so it is not reported as unobserved.
    private static void Observe(Task bind) =>
        bind.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private ExternalAuthenticationResult Unavailable(string detail)
    {
        logger.LogWarning("Directory login unavailable: {Detail}", detail);
        return ExternalAuthenticationResult.Unavailable(detail);
    }
}
