using System.Net;
using System.Net.Sockets;

namespace NodePoint.Plugins.Ldap.Tests;

/// <summary>
/// A loopback port that takes connections and never answers, like a directory server that hangs. The kernel completes
/// the TCP handshake from the listen backlog, so nothing needs to accept.
/// </summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public SilentServer() => _listener.Start(backlog: 16);

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public void Dispose() => _listener.Stop();
}
