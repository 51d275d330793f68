using System.Collections;
using System.Globalization;

namespace NodePoint.Abstractions.LegacyApi;

/// <summary>
/// An object of an answer: fields in the order they are added, written in that order. A name may repeat (show_ticket
/// carries two <c>status</c> fields in the original). Build items with a collection initializer:
/// <c>new LegacyApiObject { { "name", user.Name }, { "access_level", (int)user.Level } }</c>.
/// </summary>
public class LegacyApiObject : IEnumerable<LegacyApiField>
{
    private readonly List<LegacyApiField> _fields = [];

    /// <summary>The fields, in order.</summary>
    public IReadOnlyList<LegacyApiField> Fields => _fields;

    /// <summary>Adds a string field.</summary>
    public void Add(string name, string value) => _fields.Add(LegacyApiField.ForText(name, value));

    /// <summary>Adds a number, written as a string (<c>"id": "12"</c>) like every value of this API.</summary>
    public void Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a list of objects; an empty list is written as an empty array.</summary>
    public void Add(string name, IEnumerable<LegacyApiObject> items) => _fields.Add(LegacyApiField.ForItems(name, items));

    /// <summary>Adds a list of objects read while the answer is written (for lists that can be long).</summary>
    public void Add(string name, IAsyncEnumerable<LegacyApiObject> items) => _fields.Add(LegacyApiField.ForStream(name, items));

    /// <inheritdoc />
    public IEnumerator<LegacyApiField> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
