using System.Text.RegularExpressions;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Ldap;

/// <summary>The plugin's options; the keys keep NodePoint 1.x's names so existing configurations read the same.</summary>
internal static partial class LdapSettings
{
    public const string Server = "ad_server";
    public const string Domain = "ad_domain";
    public const string UseLdaps = "ad_ldaps";
    public const string BindFormat = "ad_bind_format";
    public const string TimeoutSeconds = "ad_timeout";

    public const string UserPlaceholder = "{user}";
    public const string DomainPlaceholder = "{domain}";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(Server, "Directory server", SettingKind.Text, "")
        {
            Help = "Host name or IP address of the Active Directory domain controller or LDAP server, optionally followed by " +
                   ":port (389 by default, 636 with LDAPS), such as dc1.contoso.local or 10.0.0.5:389. " +
                   "Leave empty to disable directory login.",
            MaxLength = 260,
            Validate = ValidateServer,
        },
        new(Domain, "Directory domain", SettingKind.Text, "")
        {
            Help = "The NT4 domain name, such as CONTOSO; it replaces {domain} in the bind name.",
            MaxLength = 64,
            Validate = ValidateDomain,
        },
        new(UseLdaps, "Use LDAPS", SettingKind.Boolean, "false")
        {
            Help = "Use LDAPS (TLS, port 636 by default). The server's certificate must be trusted by this machine.",
        },
        new(BindFormat, "Bind name", SettingKind.Text, @"{domain}\{user}")
        {
            Help = "How the name sent to the server is built: {user} is the login name, {domain} the directory domain. " +
                   @"Active Directory: {domain}\{user} or {user}@contoso.local. OpenLDAP: uid={user},ou=people,dc=example,dc=org.",
            Required = true,
            Validate = ValidateBindFormat,
        },
        new(TimeoutSeconds, "Directory timeout (seconds)", SettingKind.Integer, "5")
        {
            Help = "How long a login waits for the directory server before giving up.",
            Minimum = 1,
            Maximum = 60,
        },
    ];

    [GeneratedRegex("^[A-Za-z0-9.-]{1,64}$")]
    private static partial Regex DomainPattern();

    // The host settings store calls these only for non-empty values.
    internal static string? ValidateServer(string value) =>
        LdapServerAddress.TryParse(value, useLdaps: false, out _)
            ? null
            : "must be a host name or IP address, optionally followed by :port (1-65535), such as dc1.contoso.local or 10.0.0.5:389.";

    internal static string? ValidateDomain(string value) =>
        DomainPattern().IsMatch(value) ? null : "must be 1 to 64 letters, digits, dots or dashes, such as CONTOSO.";

    internal static string? ValidateBindFormat(string value)
    {
        if (!value.Contains(UserPlaceholder, StringComparison.Ordinal))
            return "must contain {user}, where the login name goes.";
        var rest = value.Replace(UserPlaceholder, "", StringComparison.Ordinal).Replace(DomainPlaceholder, "", StringComparison.Ordinal);
        return rest.Contains('{') || rest.Contains('}') ? "may use only the placeholders {user} and {domain}." : null;
    }
}
