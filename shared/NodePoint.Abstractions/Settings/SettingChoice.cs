namespace NodePoint.Abstractions.Settings;

/// <summary>One allowed value of a <see cref="SettingKind.Choice"/> setting and its label.</summary>
public sealed record SettingChoice(string Value, string Label);
