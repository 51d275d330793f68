using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>One field of the Setup or Settings form: its definition, the value to show and its error.</summary>
internal sealed record SettingField(SettingDefinition Definition, string Value, string? Error);
