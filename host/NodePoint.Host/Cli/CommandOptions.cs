namespace NodePoint.Host.Cli;

/// <summary>Parses <c>--name value</c> pairs, refusing unknown names, repeated names and names without a value.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private CommandOptions() { }

    public static CommandOptions Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> allowed, out string? error)
    {
        var options = new CommandOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !allowed.Contains(name[2..]))
            {
                error = $"Unknown option '{name}'. Allowed: {string.Join(", ", allowed.Select(a => "--" + a))}.";
                return options;
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Option '{name}' needs a value.";
                return options;
            }
            if (!options._values.TryAdd(name[2..], args[++i]))
            {
                error = $"Option '{name}' is given twice.";
                return options;
            }
        }
        return options;
    }

    public string? this[string name] => _values.GetValueOrDefault(name);
}
