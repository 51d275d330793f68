using System.Text;

namespace NodePoint.ExternalPrograms;

/// <summary>
/// Splits a configured command line into the program and its arguments, the way a POSIX shell would split words
/// (spaces separate; '...' is literal; "..." allows \" and \\; a backslash outside quotes escapes the next
/// character) but without running a shell: no variables, no substitution, no pipes or redirections.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// The words of <paramref name="line"/>, or null with <paramref name="error"/> saying why it cannot be split, as the end of a
    /// sentence whose subject is the setting ("has an unclosed single quote.", "names no program.").
    /// </summary>
    public static IReadOnlyList<string>? Split(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote == '\'')
            {
                if (c == '\'') quote = null; else word.Append(c);
            }
            else if (quote == '"')
            {
                if (c == '"') quote = null;
                else if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\') word.Append(line[++i]);
                else word.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                inWord = true;
                if (c is '\'' or '"') quote = c;
                else if (c == '\\' && i + 1 < line.Length) word.Append(line[++i]);
                else word.Append(c);
            }
        }
        if (quote is not null)
        {
            error = $"has an unclosed {(quote == '"' ? "double" : "single")} quote.";
            return null;
        }
        if (inWord)
            words.Add(word.ToString());
        error = words.Count == 0 ? "names no program." : null;
        return error is null ? words : null;
    }
}
