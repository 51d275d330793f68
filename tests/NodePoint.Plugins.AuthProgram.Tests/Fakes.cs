using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.AuthProgram.Tests;

/// <summary>The host's settings and component catalog, which are other components' contracts.</summary>
internal sealed class Fakes(Dictionary<string, string> values, bool enabled = true) : ISettings, IComponentCatalog
{
    public string Get(string key) => values.GetValueOrDefault(key, key == "auth_plugin_timeout" ? "10" : "");
    public bool IsEnabled(string slug) => enabled && slug == "auth-program";
}
