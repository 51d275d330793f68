using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodePoint.Abstractions.LegacyApi;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// Writes an answer in the original's layout (<c>{</c>, one-space indented <c>"key": "value"</c> lines, list items
/// indented one step further, an empty list as <c>[</c>, a blank line and <c>]</c>, a final newline), but with every
/// string escaped as JSON, so the text always parses. Only what JSON requires is escaped (quotes, backslashes, control
/// characters), so messages read as in the original (<c>Invalid 'key' value.</c>); the answer is plain text with
/// <c>nosniff</c>, so a browser never runs markup found in it.
/// </summary>
internal static class LegacyApiWriter
{
    public const string ContentType = "text/plain; charset=utf-8";

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static async Task WriteAsync(HttpResponse response, LegacyApiResponse answer, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(Format(answer), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
    }

    public static string Format(LegacyApiObject answer)
    {
        var text = new StringBuilder();
        WriteObject(text, answer, 0);
        return text.Append('\n').ToString();
    }

    private static void WriteObject(StringBuilder text, LegacyApiObject value, int indent)
    {
        text.Append(' ', indent).Append("{\n");
        for (var i = 0; i < value.Fields.Count; i++)
        {
            if (i > 0)
                text.Append(",\n");
            WriteField(text, value.Fields[i], indent + 1);
        }
        text.Append('\n').Append(' ', indent).Append('}');
    }

    private static void WriteField(StringBuilder text, LegacyApiField field, int indent)
    {
        text.Append(' ', indent).Append('"').Append(Escape(field.Name)).Append("\": ");
        if (field.Items is not { } items)
        {
            text.Append('"').Append(Escape(field.Text!)).Append('"');
            return;
        }
        text.Append("[\n");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                text.Append(",\n");
            WriteObject(text, items[i], indent + 1);
        }
        text.Append('\n').Append(' ', indent).Append(']');
    }

    private static string Escape(string value) => JsonEncodedText.Encode(value, Encoder).Value;
}
