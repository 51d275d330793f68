using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Ldap.Tests;

/// <summary>Settings as the host's store answers them: a saved value, else the plugin's default.</summary>
internal sealed class FakeSettings : ISettings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string this[string key]
    {
        set => _values[key] = value;
    }

    public string Get(string key) =>
        _values.TryGetValue(key, out var value)
            ? value
            : LdapSettings.Definitions.FirstOrDefault(d => d.Key == key)?.DefaultValue ?? "";
}
