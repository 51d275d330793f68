using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace NodePoint.ExternalPrograms;

/// <summary>
/// A configured command line, split once into the program and its arguments (see <see cref="CommandLine"/>), whose
/// arguments may hold variables such as <c>%user%</c>. It is started without a shell: each argument, once its variables
/// are replaced, reaches the program as one untouched argument, whatever characters the values contain.
/// </summary>
public sealed partial class ProgramCommand
{
    private ProgramCommand(IReadOnlyList<string> words) => Words = words;

    /// <summary>The program followed by its arguments, variables not yet replaced.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The program: a path, or a name looked up on the PATH.</summary>
    public string Program => Words[0];

    // Names are lower-case letters only, so "%%", a lone "%" and "%20" stay literal text.
    [GeneratedRegex("%([a-z]+)%")]
    private static partial Regex Variable();

    /// <summary>
    /// Parses <paramref name="line"/>, accepting only the variables named in <paramref name="allowedVariables"/> (names
    /// without the percent signs, such as "user"). On failure <paramref name="error"/> ends a sentence whose subject is the
    /// setting, for example "has an unclosed single quote." or "uses the unknown variable %foo%; allowed: %user%, %title%."
    /// </summary>
    public static bool TryParse(
        string line,
        IReadOnlyCollection<string> allowedVariables,
        [NotNullWhen(true)] out ProgramCommand? command,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(allowedVariables);
        command = null;
        var words = CommandLine.Split(line, out error);
        if (words is null)
        {
            error ??= "cannot be read.";
            return false;
        }
        // A value chosen by whoever triggers the hook must never decide which program runs.
        if (Variable().IsMatch(words[0]))
        {
            error = "must not use a variable in the program name.";
            return false;
        }
        foreach (var word in words.Skip(1))
            foreach (Match match in Variable().Matches(word))
                if (!allowedVariables.Contains(match.Groups[1].Value))
                {
                    error = $"uses the unknown variable {match.Value}; {Allowed(allowedVariables)}.";
                    return false;
                }
        command = new ProgramCommand(words);
        error = null;
        return true;
    }

    /// <summary>
    /// How to start the program with <paramref name="values"/> (by variable name, without percent signs): no shell,
    /// one <see cref="ProcessStartInfo.ArgumentList"/> entry per argument, variables replaced in a single pass (so a value
    /// that itself contains <c>%pass%</c> stays as it is), a variable without a value replaced by nothing, and standard
    /// input, output and error redirected. NUL characters are dropped from values: no program argument can carry one, and
    /// the system would silently cut the argument there.
    /// </summary>
    public ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var start = new ProcessStartInfo(Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var word in Words.Skip(1))
            start.ArgumentList.Add(Variable().Replace(word, m => ValueOf(values, m.Groups[1].Value)));
        return start;
    }

    private static string ValueOf(IReadOnlyDictionary<string, string> values, string name) =>
        values.GetValueOrDefault(name, "").Replace("\0", "", StringComparison.Ordinal);

    private static string Allowed(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? "this program takes no variables" : "allowed: " + string.Join(", ", names.Select(n => $"%{n}%"));
}
