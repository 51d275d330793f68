using System.Net;
using System.Text.RegularExpressions;

namespace NodePoint.Testing;

/// <summary>Reads the values a browser would submit from the first form of a page: inputs, checked boxes, selected options, text areas.</summary>
public static partial class HtmlForm
{
    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input ([^>]*)/?>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("(\\w[\\w-]*)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    public static List<KeyValuePair<string, string>> Fields(string html)
    {
        var form = FormPattern().Matches(html).First(m => !m.Groups[1].Value.Contains("action=\"/logout\"")).Groups[2].Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var attributes = AttributePattern().Matches(input.Groups[1].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (!attributes.TryGetValue("name", out var name) || name == "__RequestVerificationToken")
                continue;
            var type = attributes.GetValueOrDefault("type", "text");
            if (type == "checkbox" && !input.Groups[1].Value.Contains("checked"))
                continue;
            fields.Add(new(name, attributes.GetValueOrDefault("value", "")));
        }
        foreach (Match select in SelectPattern().Matches(form))
        {
            var selected = SelectedPattern().Match(select.Groups[2].Value);
            fields.Add(new(select.Groups[1].Value, selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : ""));
        }
        foreach (Match area in TextAreaPattern().Matches(form))
            fields.Add(new(area.Groups[1].Value, WebUtility.HtmlDecode(area.Groups[2].Value)));
        return fields;
    }
}
