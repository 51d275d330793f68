using System.Net;
using System.Net.Sockets;

namespace NodePoint.Plugins.Ldap.Tests;

/// <summary>
/// A loopback port that takes connections, reads what clients send and never answers, like a directory server that hangs.
/// <see cref="HungUp"/> completes once a client gives up and closes its connection.
/// </summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _clients = [];
    private readonly TaskCompletionSource _hungUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SilentServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public Task HungUp => _hungUp.Task;

    public void Dispose()
    {
        _listener.Stop();
        lock (_clients)
            foreach (var client in _clients)
                client.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptSocketAsync();
                lock (_clients)
                    _clients.Add(client);
                _ = DrainAsync(client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task DrainAsync(Socket client)
    {
        var buffer = new byte[4096];
        try
        {
            while (await client.ReceiveAsync(buffer) > 0)
            {
            }
            _hungUp.TrySetResult();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by Dispose.
        }
    }
}
