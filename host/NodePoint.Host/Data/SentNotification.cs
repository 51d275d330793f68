namespace NodePoint.Host.Data;

/// <summary>A delivery a channel accepted; a retried job finds it here and does not deliver twice.</summary>
internal sealed class SentNotification
{
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public DateTime SentUtc { get; init; }
}
