using System.Globalization;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>Checks one value against its definition; returns a message naming the field, or null.</summary>
internal static class SettingValidation
{
    public static string? Check(SettingDefinition definition, string value)
    {
        var problem = CheckShape(definition, value);
        if (problem is null && value.Length > 0 && definition.Validate is { } rule)
            problem = rule(value);
        return problem is null ? null : $"{definition.Label} {problem}";
    }

    private static string? CheckShape(SettingDefinition definition, string value)
    {
        if (value.Length == 0)
            return definition.Required || definition.Kind is SettingKind.Choice or SettingKind.Integer or SettingKind.Boolean ? "is required." : null;
        switch (definition.Kind)
        {
            case SettingKind.Boolean:
                return value is "true" or "false" ? null : "must be on or off.";
            case SettingKind.Integer:
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    return "must be a whole number.";
                return number < definition.Minimum || number > definition.Maximum
                    ? $"must be between {definition.Minimum} and {definition.Maximum}."
                    : null;
            case SettingKind.Choice:
                return definition.Choices.Any(c => c.Value == value) ? null : "is not one of the offered choices.";
            default:
                if (value.Length > definition.MaxLength)
                    return $"must be at most {definition.MaxLength} characters.";
                return definition.Kind != SettingKind.MultilineText && value.Any(char.IsControl)
                    ? "must be a single line."
                    : null;
        }
    }
}
