using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>A titled group of settings on the Settings and Setup pages.</summary>
internal sealed record SettingsSection(string Title, IReadOnlyList<SettingDefinition> Definitions);
