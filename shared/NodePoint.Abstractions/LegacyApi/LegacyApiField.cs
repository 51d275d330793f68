namespace NodePoint.Abstractions.LegacyApi;

/// <summary>One named field of an answer: a string (every scalar is a string in this API) or a list of objects, held or streamed.</summary>
public sealed record LegacyApiField
{
    private LegacyApiField(string name, string? text, IReadOnlyList<LegacyApiObject>? items, IAsyncEnumerable<LegacyApiObject>? stream = null) =>
        (Name, Text, Items, Stream) = (name, text, items, stream);

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The value, when the field is a string.</summary>
    public string? Text { get; }

    /// <summary>The objects, when the field is a list.</summary>
    public IReadOnlyList<LegacyApiObject>? Items { get; }

    /// <summary>The objects, when the field is a list read while the answer is written (a long list from the database).</summary>
    public IAsyncEnumerable<LegacyApiObject>? Stream { get; }

    /// <summary>A string field.</summary>
    public static LegacyApiField ForText(string name, string value) => new(name, value ?? "", null);

    /// <summary>A list field.</summary>
    public static LegacyApiField ForItems(string name, IEnumerable<LegacyApiObject> items) => new(name, null, [.. items]);

    /// <summary>A list field whose objects are produced as the answer is written, so a long list is never held whole.</summary>
    public static LegacyApiField ForStream(string name, IAsyncEnumerable<LegacyApiObject> items) => new(name, null, null, items);
}
