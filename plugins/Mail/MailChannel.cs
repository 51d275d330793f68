using MimeKit;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Mail;

/// <summary>The mail channel of the notification pipeline: plain text and HTML, one recipient per message.</summary>
internal sealed class MailChannel(ISettings settings, IComponentCatalog components, SmtpSender sender) : INotificationChannel
{
    public string Name => "mail";
    public bool NeedsAddress => true;
    public bool IsActive => components.IsEnabled("mail") && settings.Get(MailSettings.Server).Length > 0;

    public Task DeliverAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Address is null)
            throw new InvalidOperationException($"No address to mail {delivery.UserName}.");
        var message = new MimeMessage { Subject = delivery.Subject, MessageId = delivery.Id + "@nodepoint" };
        message.From.Add(sender.Sender);
        message.To.Add(new MailboxAddress(delivery.UserName, delivery.Address));
        message.Body = new BodyBuilder { TextBody = delivery.Text, HtmlBody = delivery.Html }.ToMessageBody();
        return sender.SendAsync(message, cancellationToken);
    }
}
