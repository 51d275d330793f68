using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NodePoint.Host.Setup;

/// <summary>
/// Who may run first-time setup: a browser on the same machine (loopback, not through a proxy), or anyone
/// holding the one-time token the host prints in its log at start. The original left setup open to the network.
/// </summary>
internal sealed class SetupGate
{
    // Headers a reverse proxy commonly adds; a request carrying one is not treated as coming from this machine.
    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "Via", "X-Forwarded-Host", "X-Forwarded-Proto"];

    public string Token { get; } = ApiKeys.Generate();

    public bool Allows(HttpContext context, string? token)
    {
        if (token is not null && FixedTimeEquals(token, Token))
            return true;
        var remote = context.Connection.RemoteIpAddress;
        var proxied = ProxyHeaders.Any(context.Request.Headers.ContainsKey);
        return remote is not null && IPAddress.IsLoopback(remote) && !proxied;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
