using MimeKit;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Jobs;

namespace NodePoint.Plugins.Mail.Jobs;

/// <summary>The admin's test mail: its result, with the server's error, is written to the audit log.</summary>
internal sealed class SendTestMailJob(SmtpSender sender, IAuditLog audit) : IJob<string>
{
    public async Task RunAsync(string address, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = "NodePoint test mail" };
        message.From.Add(sender.Sender);
        message.To.Add(MailboxAddress.Parse(address));
        message.Body = new TextPart("plain") { Text = "This test mail shows that NodePoint can send notifications through your SMTP server." };
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await audit.RecordAsync("mail.test_failed", $"Test mail to {address} failed: {ex.GetBaseException().Message}", cancellationToken);
            throw;
        }
        await audit.RecordAsync("mail.test_sent", $"Test mail to {address} accepted by the server.", cancellationToken);
    }
}
