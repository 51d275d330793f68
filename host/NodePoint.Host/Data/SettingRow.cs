namespace NodePoint.Host.Data;

/// <summary>One stored setting. Secrets hold data-protection ciphertext.</summary>
internal sealed class SettingRow
{
    public required string Key { get; init; }
    public required string Value { get; set; }
}
