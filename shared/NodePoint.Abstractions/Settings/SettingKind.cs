namespace NodePoint.Abstractions.Settings;

/// <summary>How a setting is edited and validated.</summary>
public enum SettingKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>Several lines of text.</summary>
    MultilineText,
    /// <summary>A whole number between <see cref="SettingDefinition.Minimum"/> and <see cref="SettingDefinition.Maximum"/>.</summary>
    Integer,
    /// <summary>On or off; stored as "true" / "false".</summary>
    Boolean,
    /// <summary>One of <see cref="SettingDefinition.Choices"/>.</summary>
    Choice,
    /// <summary>A secret (a password): stored encrypted, never shown again; left blank on a form means unchanged.</summary>
    Secret,
}
