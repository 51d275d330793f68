namespace NodePoint.Abstractions.Settings;

/// <summary>
/// An option the admin edits under Settings (and, when <see cref="AtSetup"/>, at first-time setup).
/// Keys are lower-case with underscores and unique across the product; a module's keys start with its slug.
/// </summary>
public sealed record SettingDefinition(string Key, string Label, SettingKind Kind, string DefaultValue)
{
    /// <summary>Explanation shown under the field.</summary>
    public string Help { get; init; } = "";

    /// <summary>Allowed values of a <see cref="SettingKind.Choice"/>.</summary>
    public IReadOnlyList<SettingChoice> Choices { get; init; } = [];

    /// <summary>Smallest allowed <see cref="SettingKind.Integer"/>.</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>Largest allowed <see cref="SettingKind.Integer"/>.</summary>
    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>Longest allowed text, in characters.</summary>
    public int MaxLength { get; init; } = 200;

    /// <summary>True when an empty value is refused.</summary>
    public bool Required { get; init; }

    /// <summary>Extra rule: returns an error message for a bad value, or null when the value is fine.</summary>
    public Func<string, string?>? Validate { get; init; }

    /// <summary>Shown on the first-time setup page as well.</summary>
    public bool AtSetup { get; init; }
}
