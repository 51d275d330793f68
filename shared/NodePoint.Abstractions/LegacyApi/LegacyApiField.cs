namespace NodePoint.Abstractions.LegacyApi;

/// <summary>One named field of an answer: a string (every scalar is a string in this API) or a list of objects.</summary>
public sealed record LegacyApiField
{
    private LegacyApiField(string name, string? text, IReadOnlyList<LegacyApiObject>? items) => (Name, Text, Items) = (name, text, items);

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The value, when the field is a string.</summary>
    public string? Text { get; }

    /// <summary>The objects, when the field is a list.</summary>
    public IReadOnlyList<LegacyApiObject>? Items { get; }

    /// <summary>A string field.</summary>
    public static LegacyApiField ForText(string name, string value) => new(name, value ?? "", null);

    /// <summary>A list field.</summary>
    public static LegacyApiField ForItems(string name, IEnumerable<LegacyApiObject> items) => new(name, null, [.. items]);
}
