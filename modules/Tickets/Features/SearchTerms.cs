using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Turns what a person typed into a safe FTS5 query (words only, each quoted; the last one also matches as a prefix),
/// and FTS5's marked-up matches into HTML with every other character encoded.
/// </summary>
internal static partial class SearchTerms
{
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    /// <summary>The FTS5 query for <paramref name="typed"/>, or null when it holds no word.</summary>
    public static string? ToFtsQuery(string typed)
    {
        var words = Word().Matches(typed).Select(m => m.Value).Take(12).ToList();
        if (words.Count == 0)
            return null;
        return string.Join(' ', words.Select((w, i) => $"\"{w}\"" + (i == words.Count - 1 ? "*" : "")));
    }

    /// <summary>HTML for text whose matches FTS5 put between \u0002 and \u0003: matches in &lt;mark&gt;, all text encoded.</summary>
    public static string ToHtml(string marked)
    {
        var html = new StringBuilder();
        var inMatch = false;
        foreach (var part in marked.Split(MatchStart, MatchEnd))
        {
            if (part.Length > 0)
                html.Append(inMatch ? "<mark>" : "").Append(HtmlEncoder.Default.Encode(part)).Append(inMatch ? "</mark>" : "");
            inMatch = !inMatch;
        }
        return html.ToString();
    }
}
