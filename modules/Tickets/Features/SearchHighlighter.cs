using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Marks the searched words in a page of results (HTML, everything else encoded): the title, and a short passage of
/// the first text that holds a match. Done here for the page's rows only, so a common word among a million tickets
/// costs no more than a rare one.
/// </summary>
internal sealed class SearchHighlighter
{
    private const int WordsBefore = 6;
    private const int PassageWords = 18;

    private readonly List<string> _words;

    public SearchHighlighter(string typed) => _words = SearchTerms.Words(typed).Select(Fold).ToList();

    public string Title(string title) => Mark(title, 0, title.Length);

    /// <summary>A passage around the first match in <paramref name="texts"/>, or "" when none holds one.</summary>
    public string Passage(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var words = SearchTerms.Word().Matches(text);
            var index = -1;
            for (var i = 0; i < words.Count && index < 0; i++)
                if (Matches(words[i].Value))
                    index = i;
            if (index < 0)
                continue;
            var from = Math.Max(0, index - WordsBefore);
            var to = Math.Min(words.Count - 1, from + PassageWords - 1);
            var start = from == 0 ? 0 : words[from].Index;
            var end = to == words.Count - 1 ? text.Length : words[to].Index + words[to].Length;
            return (start > 0 ? "…" : "") + Mark(text, start, end) + (end < text.Length ? "…" : "");
        }
        return "";
    }

    private string Mark(string text, int start, int end)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (Match word in SearchTerms.Word().Matches(text[..end], start))
        {
            if (!Matches(word.Value))
                continue;
            html.Append(HtmlEncoder.Default.Encode(text[at..word.Index])).Append("<mark>").Append(HtmlEncoder.Default.Encode(word.Value)).Append("</mark>");
            at = word.Index + word.Length;
        }
        return html.Append(HtmlEncoder.Default.Encode(text[at..end])).ToString();
    }

    // Like the index: whole words, any letter case, accents ignored.
    private bool Matches(string word) => _words.Contains(Fold(word));

    private static string Fold(string word)
    {
        if (Ascii.IsValid(word))
            return word.ToLowerInvariant();
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
