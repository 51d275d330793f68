using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NodePoint.Abstractions.Settings;
using Polly;
using Polly.Retry;

namespace NodePoint.Plugins.Mail;

/// <summary>
/// Sends one message with MailKit. Passing faults (connection refused or dropped, 4xx answers) are retried twice
/// within a few seconds; longer outages are the job's to retry later. Permanent refusals (5xx) fail at once.
/// </summary>
internal sealed class SmtpSender(ISettings settings)
{
    private static readonly ResiliencePipeline Retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Exponential,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsPassing),
        })
        .Build();

    public MailboxAddress Sender => new(settings.Get("site_name"), settings.Get(MailSettings.From));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        await Retry.ExecuteAsync(async token => await SendOnceAsync(message, token), cancellationToken);

    private async Task SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = 15_000 };
        if (!settings.GetBool(MailSettings.CheckCertificate))
            client.ServerCertificateValidationCallback = (_, _, _, _) => true;
        var security = settings.Get(MailSettings.Security) switch
        {
            "none" => SecureSocketOptions.None,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Get(MailSettings.Server), settings.GetInt(MailSettings.Port), security, cancellationToken);
        if (settings.Get(MailSettings.User) is { Length: > 0 } user)
            await client.AuthenticateAsync(user, settings.Get(MailSettings.Password), cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static bool IsPassing(Exception ex) => ex switch
    {
        SocketException or IOException or ServiceNotConnectedException or SmtpProtocolException => true,
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        _ => false,
    };
}
