namespace NodePoint.Abstractions.Notifications;

/// <summary>
/// A message to users, by name. Only users with a confirmed address receive it, unless
/// <see cref="EvenIfUnconfirmed"/> (the confirmation mail itself). <see cref="Link"/> is a site path to the record.
/// </summary>
public sealed record Notification(IReadOnlyList<string> Recipients, string Subject, string Text)
{
    /// <summary>Site path of the record the message is about, such as <c>/tickets/12</c>.</summary>
    public string? Link { get; init; }

    /// <summary>Send to the stored address even when it is not confirmed yet.</summary>
    public bool EvenIfUnconfirmed { get; init; }

    /// <summary>Holds a secret (a code, a reset link): only address channels (mail) carry it, never the notification program.</summary>
    public bool AddressOnly { get; init; }
}
