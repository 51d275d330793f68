using System.Text.Json;
using Shouldly;

namespace NodePoint.Testing;

/// <summary>An object of a NodePoint-compatible API answer, read with <see cref="JsonDocument"/>: its field names in order and their values.</summary>
public class LegacyApiItem(JsonElement element)
{
    public JsonElement Element { get; } = element;

    /// <summary>The field names in the order they were written (a repeated name appears twice).</summary>
    public IReadOnlyList<string> Names => [.. Element.EnumerateObject().Select(p => p.Name)];

    /// <summary>The string value of the first field named <paramref name="name"/>; fails the test when there is none.</summary>
    public string this[string name] => First(name).GetString()!;

    /// <summary>The objects of the list field <paramref name="name"/>.</summary>
    public IReadOnlyList<LegacyApiItem> Items(string name)
    {
        var list = First(name);
        list.ValueKind.ShouldBe(JsonValueKind.Array, $"'{name}' should be a list");
        return [.. list.EnumerateArray().Select(e => new LegacyApiItem(e))];
    }

    /// <summary>Fails unless the fields are exactly <paramref name="names"/>, in that order.</summary>
    public void ShouldHaveFields(params string[] names) => Names.ShouldBe(names);

    private JsonElement First(string name)
    {
        foreach (var property in Element.EnumerateObject())
            if (property.Name == name)
                return property.Value;
        throw new ShouldAssertException($"No field '{name}' among {string.Join(", ", Names)}");
    }
}
