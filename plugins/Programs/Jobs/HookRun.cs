namespace NodePoint.Plugins.Programs.Jobs;

/// <summary>One queued run of a hook: its setting key and the event's values by variable name.</summary>
internal sealed record HookRun(string Hook, Dictionary<string, string> Values);
