using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;
using NodePoint.ExternalPrograms;

namespace NodePoint.Plugins.Programs;

/// <summary>
/// Runs one hook's configured program with the event's values. Callers log the result with their own context (which
/// notification, which ticket) and decide whether a failure matters.
/// </summary>
internal sealed class ProgramHookRunner(ISettings settings, IComponentCatalog components)
{
    /// <summary>True when the plugin is on and the hook has a command line.</summary>
    public bool IsOn(string hookKey) =>
        components.IsEnabled(ProgramsPlugin.SlugName) && settings.Get(Hook(hookKey).Key).Trim().Length > 0;

    /// <summary>The run's result, or null when the plugin is off or the hook is empty.</summary>
    public async Task<ProgramResult?> RunAsync(string hookKey, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var hook = Hook(hookKey);
        if (!IsOn(hook.Key))
            return null;
        // Saved settings were checked, but a value written before these rules (or by hand) must still not run.
        if (!ProgramCommand.TryParse(settings.Get(hook.Key), hook.VariableNames, out var command, out var error))
            return new ProgramResult(null, "", "", false, $"the {hook.Label.ToLowerInvariant()} could not start: its setting {error}");
        return await ProgramRunner.RunAsync(command, values, TimeLimit(), cancellationToken);
    }

    private TimeSpan TimeLimit()
    {
        var seconds = settings.GetInt(ProgramsPlugin.TimeoutSetting);
        return TimeSpan.FromSeconds(seconds < 1 ? ProgramsPlugin.DefaultTimeoutSeconds : Math.Min(seconds, ProgramsPlugin.MaximumTimeoutSeconds));
    }

    private static ProgramHook Hook(string key) =>
        ProgramHooks.Find(key) ?? throw new ArgumentException($"'{key}' is not a program hook.", nameof(key));
}
