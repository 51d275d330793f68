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
        // Streamed through a small buffer: list_tickets can hold tens of thousands of tickets.
        await using var text = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await WriteAnswerAsync(text, answer);
    }

    public static string Format(LegacyApiObject answer)
    {
        using var text = new StringWriter();
        WriteAnswerAsync(text, answer).GetAwaiter().GetResult();
        return text.ToString();
    }

    private static async Task WriteAnswerAsync(TextWriter text, LegacyApiObject answer)
    {
        await WriteObjectAsync(text, answer, 0);
        await text.WriteAsync('\n');
    }

    private static async Task WriteObjectAsync(TextWriter text, LegacyApiObject value, int indent)
    {
        await text.WriteAsync(Indent(indent) + "{\n");
        for (var i = 0; i < value.Fields.Count; i++)
        {
            if (i > 0)
                await text.WriteAsync(",\n");
            await WriteFieldAsync(text, value.Fields[i], indent + 1);
        }
        await text.WriteAsync("\n" + Indent(indent) + "}");
    }

    private static async Task WriteFieldAsync(TextWriter text, LegacyApiField field, int indent)
    {
        await text.WriteAsync(Indent(indent) + "\"" + Escape(field.Name) + "\": ");
        if (field.Text is { } value)
        {
            await text.WriteAsync("\"" + Escape(value) + "\"");
            return;
        }
        await text.WriteAsync("[\n");
        var first = true;
        await foreach (var item in field.Stream ?? field.Items!.ToAsyncEnumerable())
        {
            if (!first)
                await text.WriteAsync(",\n");
            first = false;
            await WriteObjectAsync(text, item, indent + 1);
        }
        await text.WriteAsync("\n" + Indent(indent) + "]");
    }

    private static string Indent(int depth) => new(' ', depth);

    private static string Escape(string value) => JsonEncodedText.Encode(value, Encoder).Value;
}
