using System.Net;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Notifications;

/// <summary>Turns a notification into the message a recipient reads: the site name in the subject, a link to the record, the signature.</summary>
internal sealed class NotificationRenderer(ISettings settings)
{
    public NotificationDelivery Render(Notification notification, string userName, string? address, string channel)
    {
        var site = settings.Get(CoreSettings.SiteName);
        var link = AbsoluteLink(notification.Link);
        var signature = settings.Get(CoreSettings.EmailSignature) is { Length: > 0 } custom
            ? custom
            : $"This is an automated message from {site}. To stop notifications, remove your email address under Settings.";
        var text = notification.Text + (link is null ? "" : "\n\n" + link) + "\n\n-- \n" + signature;
        var html = Paragraphs(notification.Text)
                   + (link is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>")
                   + $"<hr><p style=\"color:#666\">{WebUtility.HtmlEncode(signature).Replace("\n", "<br>")}</p>";
        var id = $"{Guid.NewGuid():N}.{channel}";
        return new NotificationDelivery(id, userName, address, $"{site} - {notification.Subject}", notification.Subject, text, html, link);
    }

    private string? AbsoluteLink(string? link)
    {
        if (string.IsNullOrEmpty(link))
            return null;
        var site = settings.Get(CoreSettings.SiteAddress).TrimEnd('/');
        return site.Length > 0 && link.StartsWith('/') ? site + link : link;
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n").Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>"));
}
