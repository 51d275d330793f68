namespace NodePoint.Abstractions.Settings;

/// <summary>Reads the current settings (cached in memory; changes made in Settings are seen at once).</summary>
public interface ISettings
{
    /// <summary>The stored value, or the definition's default when never saved. Secrets come back decrypted.</summary>
    string Get(string key);

    /// <summary>A <see cref="SettingKind.Boolean"/> setting.</summary>
    bool GetBool(string key) => string.Equals(Get(key), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>An <see cref="SettingKind.Integer"/> setting.</summary>
    int GetInt(string key) => int.TryParse(Get(key), out var value) ? value : 0;
}
