using NodePoint.Abstractions.Settings;
using NodePoint.Host.Components;

namespace NodePoint.Host.Settings;

/// <summary>Every setting definition of the product: the host's sections, then one section per loaded component.</summary>
internal sealed class SettingsCatalog
{
    private readonly Dictionary<string, SettingDefinition> _byKey;

    public SettingsCatalog(IEnumerable<SettingsSection> sections)
    {
        Sections = sections.Where(s => s.Definitions.Count > 0).ToList();
        _byKey = new Dictionary<string, SettingDefinition>(StringComparer.Ordinal);
        foreach (var definition in Sections.SelectMany(s => s.Definitions))
            _byKey.TryAdd(definition.Key, definition); // a component may not redefine a key the host or an earlier component owns
    }

    public static SettingsCatalog For(ComponentRegistry registry) =>
        new(CoreSettings.Sections.Concat(registry.Started.Select(c => new SettingsSection(c.Name, c.Manifest.Settings))));

    public IReadOnlyList<SettingsSection> Sections { get; }

    public SettingDefinition? Find(string key) => _byKey.GetValueOrDefault(key);
}
