using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NodePoint.Testing;

/// <summary>
/// A real SMTP server on loopback, hosted by the test (the SmtpServer package): it keeps every message it accepts.
/// Optionally offers STARTTLS with a self-signed certificate and requires authentication.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }
    public IReadOnlyList<MimeMessage> Messages => _messages.ToList();

    public static Task<SmtpTestServer> StartAsync(int? port = null, bool startTls = false, (string User, string Password)? login = null)
    {
        var server = new SmtpTestServer(port ?? SlapdServer.FindFreePort());
        server.Start(startTls, login);
        return Task.FromResult(server);
    }

    /// <summary>Waits until <paramref name="count"/> messages arrived (fails after 30 s), then a moment more to catch duplicates.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? settle = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_messages.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await Task.Delay(settle ?? TimeSpan.FromSeconds(1.5));
        return Messages;
    }

    private void Start(bool startTls, (string User, string Password)? login)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (startTls)
                    endpoint.Certificate(SelfSignedCertificate());
                if (login is not null)
                    endpoint.AuthenticationRequired(true).AllowUnsecureAuthentication(false);
            })
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(_messages));
        if (login is { } credentials)
            services.Add(new Authenticator(credentials.User, credentials.Password));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round-trip through PFX so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
            try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator(string user, string password) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string name, string secret, CancellationToken cancellationToken) =>
            Task.FromResult(name == user && secret == password);
    }
}
