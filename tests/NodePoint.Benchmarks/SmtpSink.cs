using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NodePoint.Benchmarks;

/// <summary>
/// A plain SMTP server on loopback (the SmtpServer package, as tests/NodePoint.Testing's SmtpTestServer) that accepts
/// every message, keeps none, and notes when each arrived.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _running;
    private int _count;
    private long _firstTicks = -1;
    private long _lastTicks;

    public SmtpSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The sink's clock now, to compare with <see cref="First"/> and <see cref="Last"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public TimeSpan? First => Interlocked.Read(ref _firstTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    public TimeSpan Last => TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks));

    private void Received()
    {
        var now = _clock.Elapsed.Ticks;
        Interlocked.CompareExchange(ref _firstTicks, now, -1);
        Interlocked.Exchange(ref _lastTicks, now);
        Interlocked.Increment(ref _count);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            sink.Received();
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
