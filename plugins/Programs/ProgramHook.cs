using NodePoint.Abstractions.Settings;
using NodePoint.ExternalPrograms;

namespace NodePoint.Plugins.Programs;

/// <summary>
/// One moment at which NodePoint can run the organisation's program: its setting key (the 1.x name, so old
/// configurations read the same), its label, the variables its command line may use, and when it runs.
/// </summary>
internal sealed record ProgramHook(string Key, string Label, IReadOnlyList<ProgramVariable> Variables, string RunsWhen, string Example)
{
    public IReadOnlyList<string> VariableNames { get; } = Variables.Select(v => v.Name).ToList();

    public SettingDefinition ToSetting() => new(Key, Label, SettingKind.Text, "")
    {
        Help = $"{RunsWhen} The program is started without a shell: each argument reaches it as one argument, the variables " +
               $"replaced inside it, whatever characters the values hold. Variables: " +
               string.Join(", ", Variables.Select(v => $"%{v.Name}% ({v.Meaning})")) +
               $". Example: {Example}. Leave empty to run nothing.",
        MaxLength = 1_000,
        // The host puts the label in front: "Notification program uses the unknown variable %foo%; ..."
        Validate = value => value.Trim().Length == 0 || ProgramCommand.TryParse(value, VariableNames, out _, out var error) ? null : error,
    };
}
