using System.DirectoryServices.Protocols;
using System.Net;
using System.Text.RegularExpressions;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Ldap;

/// <summary>Where and as whom one login binds, read from the settings at the time of the login. Holds no password.</summary>
internal sealed partial record LdapBindTarget(LdapServerAddress Server, bool UseLdaps, string BindName, int TimeoutSeconds)
{
    public string Url => $"{(UseLdaps ? "ldaps" : "ldap")}://{Server}";

    [GeneratedRegex(@"\{(user|domain)\}")]
    private static partial Regex Placeholder();

    /// <summary>The target for <paramref name="userName"/>, or null and the admin-facing <paramref name="problem"/>.</summary>
    public static LdapBindTarget? FromSettings(ISettings settings, string userName, out string problem)
    {
        problem = "";
        var useLdaps = settings.GetBool(LdapSettings.UseLdaps);
        var server = settings.Get(LdapSettings.Server).Trim();
        var domain = settings.Get(LdapSettings.Domain).Trim();
        var format = settings.Get(LdapSettings.BindFormat);
        if (!LdapServerAddress.TryParse(server, useLdaps, out var address))
            problem = $"The directory server setting '{server}' is not a host name or IP address with an optional port.";
        else if (!format.Contains(LdapSettings.UserPlaceholder, StringComparison.Ordinal))
            problem = "The bind name setting does not contain {user}.";
        else if (format.Contains(LdapSettings.DomainPlaceholder, StringComparison.Ordinal) && domain.Length == 0)
            problem = "The bind name setting uses {domain} but the directory domain is empty.";
        if (problem.Length > 0)
            return null;

        // One pass, so a substituted value can never bring in a placeholder of its own.
        var bindName = Placeholder().Replace(format, m => m.Groups[1].Value == "user" ? userName : domain);
        return new LdapBindTarget(address, useLdaps, bindName, Math.Clamp(settings.GetInt(LdapSettings.TimeoutSeconds), 1, 60));
    }

    /// <summary>A simple bind with <paramref name="password"/>; blocks until the server answers or the timeout ends it.</summary>
    /// <exception cref="LdapException">Error 49 when the server refuses the credentials; other codes when it cannot be used.</exception>
    public void Bind(string password)
    {
        var timeout = TimeSpan.FromSeconds(TimeoutSeconds);
        using var connection = OpenLdapTimeouts.Create(
            () => new LdapConnection(new LdapDirectoryIdentifier(Server.Host, Server.Port), new NetworkCredential(BindName, password), AuthType.Basic),
            timeout);
        connection.Timeout = timeout;
        connection.AutoBind = false;
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = UseLdaps;
        // A bind needs no referrals, and following Active Directory's would send the password to another server.
        connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
        connection.Bind();
    }
}
