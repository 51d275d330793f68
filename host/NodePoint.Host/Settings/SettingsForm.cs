using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>Reads posted setting fields: a check box that is not posted is off; a secret left blank stays unchanged.</summary>
internal static class SettingsForm
{
    public static Dictionary<string, string> Read(IFormCollection form, IEnumerable<SettingDefinition> definitions)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var posted = form[definition.Key].ToString();
            values[definition.Key] = definition.Kind switch
            {
                SettingKind.Boolean => posted == "true" ? "true" : "false",
                SettingKind.MultilineText => posted.Replace("\r\n", "\n").Trim(),
                SettingKind.Secret => posted,
                _ => posted.Trim(),
            };
        }
        return values;
    }
}
