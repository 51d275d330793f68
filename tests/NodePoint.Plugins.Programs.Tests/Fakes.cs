using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Programs.Tests;

/// <summary>The host's settings (with the plugin's defaults, as the host gives them) and component catalog.</summary>
internal sealed class Fakes(Dictionary<string, string> values, bool enabled = true) : ISettings, IComponentCatalog
{
    private static readonly Dictionary<string, string> Defaults = new ProgramsPlugin().Settings.ToDictionary(s => s.Key, s => s.DefaultValue);

    public string Get(string key) => values.TryGetValue(key, out var value) ? value : Defaults.GetValueOrDefault(key, "");
    public bool IsEnabled(string slug) => enabled && slug == "programs";
}
