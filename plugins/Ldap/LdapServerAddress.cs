using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace NodePoint.Plugins.Ldap;

/// <summary>The "Directory server" setting split into host and port. An IPv6 host keeps its brackets, as LDAP URLs need them.</summary>
internal sealed partial record LdapServerAddress(string Host, int Port)
{
    public const int LdapPort = 389;
    public const int LdapsPort = 636;

    public override string ToString() => $"{Host}:{Port}";

    // Labels of letters, digits and inner dashes; this also accepts dotted IPv4 addresses.
    [GeneratedRegex(@"^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")]
    private static partial Regex HostNamePattern();

    public static bool TryParse(string value, bool useLdaps, out LdapServerAddress address)
    {
        address = null!;
        var defaultPort = useLdaps ? LdapsPort : LdapPort;
        string host;
        string? port = null;
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']');
            if (close < 0 || !IsIPv6(value[1..close]))
                return false;
            host = value[..(close + 1)];
            var rest = value[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                    return false;
                port = rest[1..];
            }
        }
        else if (value.Count(c => c == ':') > 1)
        {
            // A bare IPv6 address cannot carry a port: the last group would be ambiguous.
            if (!IsIPv6(value))
                return false;
            host = $"[{value}]";
        }
        else
        {
            var colon = value.IndexOf(':');
            host = colon < 0 ? value : value[..colon];
            port = colon < 0 ? null : value[(colon + 1)..];
            if (!HostNamePattern().IsMatch(host))
                return false;
        }

        var number = defaultPort;
        if (port is not null
            && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
            return false;
        address = new LdapServerAddress(host, number);
        return true;
    }

    // Zone ids (fe80::1%eth0) are refused: they would need escaping inside an LDAP URL.
    private static bool IsIPv6(string text) =>
        !text.Contains('%') && IPAddress.TryParse(text, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6;
}
