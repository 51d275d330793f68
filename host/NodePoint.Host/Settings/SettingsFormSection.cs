using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>A titled group of fields as the Setup and Settings forms show it; sections without fields are left out.</summary>
internal sealed record SettingsFormSection(string Title, IReadOnlyList<SettingField> Fields)
{
    public static List<SettingsFormSection> Build(IEnumerable<SettingsSection> sections, Func<SettingDefinition, bool> include,
        Func<SettingDefinition, string> valueOf, IReadOnlyDictionary<string, string> errors) =>
        sections
            .Select(s => new SettingsFormSection(s.Title, s.Definitions.Where(include)
                .Select(d => new SettingField(d, valueOf(d), errors.GetValueOrDefault(d.Key)))
                .ToList()))
            .Where(s => s.Fields.Count > 0)
            .ToList();
}
