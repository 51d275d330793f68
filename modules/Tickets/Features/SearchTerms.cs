using System.Text.RegularExpressions;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Turns what a person typed into a safe FTS5 query: words only, each quoted, all required. No prefix matching: without
/// a prefix index FTS5 merges every matching word's whole list first, which costs a lot at a million tickets.
/// </summary>
internal static partial class SearchTerms
{
    /// <summary>A word as the index's tokenizer sees one: letters, digits and underscores.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    public static partial Regex Word();

    /// <summary>The words of what was typed, at most twelve.</summary>
    public static IReadOnlyList<string> Words(string typed) => Word().Matches(typed).Select(m => m.Value).Take(12).ToList();

    /// <summary>The FTS5 query for <paramref name="typed"/>, or null when it holds no word.</summary>
    public static string? ToFtsQuery(string typed)
    {
        var words = Words(typed);
        if (words.Count == 0)
            return null;
        return string.Join(' ', words.Select(w => $"\"{w}\""));
    }
}
