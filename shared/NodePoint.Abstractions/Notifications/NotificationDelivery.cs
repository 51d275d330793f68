namespace NodePoint.Abstractions.Notifications;

/// <summary>
/// One rendered message for one recipient. <see cref="Id"/> is unique per recipient and channel, so a retried job can
/// tell a message it already delivered. <see cref="Address"/> is null for recipients without a usable address.
/// <see cref="Subject"/> is already prefixed with the site name; <see cref="Link"/> is absolute when the site address is set.
/// </summary>
public sealed record NotificationDelivery(
    string Id, string UserName, string? Address, string Subject, string Title, string Text, string Html, string? Link);
