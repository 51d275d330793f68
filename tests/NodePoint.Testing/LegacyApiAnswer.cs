using System.Net;
using System.Text.Json;
using Shouldly;

namespace NodePoint.Testing;

/// <summary>
/// An answer of the NodePoint-compatible API. Reading one checks what every answer must be: HTTP 200,
/// <c>text/plain; charset=utf-8</c>, no cookie, JSON that parses, <c>message</c> then <c>status</c> first, and every
/// scalar value a string.
/// </summary>
public sealed class LegacyApiAnswer : LegacyApiItem
{
    public const string ContentType = "text/plain; charset=utf-8";

    private LegacyApiAnswer(string text, JsonElement root) : base(root) => Text = text;

    /// <summary>The body exactly as sent.</summary>
    public string Text { get; }

    public string Message => this["message"];

    public string Status => this["status"];

    public static async Task<LegacyApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType?.ToString().ShouldBe(ContentType, text);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("API answers set no cookies");
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ShouldAssertException($"The answer is not valid JSON ({ex.Message}):\n{text}");
        }
        root.ValueKind.ShouldBe(JsonValueKind.Object, text);
        OnlyStrings(root, text);
        var answer = new LegacyApiAnswer(text, root);
        answer.Names.Take(2).ShouldBe(["message", "status"], text);
        return answer;
    }

    public void ShouldBe(string status, string message)
    {
        Status.ShouldBe(status, Text);
        Message.ShouldBe(message, Text);
    }

    public void ShouldBeOk(string message) => ShouldBe("OK", message);

    public void ShouldBeMissing(string argument) => ShouldBe("ERR_MISSING_ARGUMENT", $"Missing '{argument}' argument.");

    public void ShouldBeInvalidKey() => ShouldBe("ERR_INVALID_KEY", "Invalid 'key' value.");

    private static void OnlyStrings(JsonElement element, string text)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    item.ValueKind.ShouldBe(JsonValueKind.Object, $"items of '{property.Name}' should be objects:\n{text}");
                    OnlyStrings(item, text);
                }
            }
            else
            {
                property.Value.ValueKind.ShouldBe(JsonValueKind.String, $"'{property.Name}' should be a string:\n{text}");
            }
        }
    }
}
