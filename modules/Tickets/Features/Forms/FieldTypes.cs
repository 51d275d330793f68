using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Modules;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>
/// The answer types a form may use: the built-in ones, then those of enabled components. A contributed type is a
/// drop-down of the choices its component offers the current user; once the component is off it is answered as text.
/// </summary>
internal sealed class FieldTypes(IExtensionCatalog extensions, IServiceProvider services)
{
    /// <summary>Every type the editor offers (contributed ones without their choices).</summary>
    public IReadOnlyList<FieldType> Offered =>
        [.. BuiltInFieldTypes.All, .. Contributed.Select(c => new FieldType(c.Key, c.DisplayName, FieldInput.Select, []))];

    public bool IsOffered(string key) => Offered.Any(t => t.Key == key);

    /// <summary>The type <paramref name="key"/> stands for now, with its choices.</summary>
    public async Task<FieldType> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        if (BuiltInFieldTypes.Find(key) is { } builtIn)
            return builtIn;
        if (Contributed.FirstOrDefault(c => c.Key == key) is not { } contributed)
            return BuiltInFieldTypes.TextAnswer;
        var choices = (ICustomFieldChoices)services.GetRequiredService(contributed.ChoicesProvider);
        return new FieldType(key, contributed.DisplayName, FieldInput.Select, await choices.ChoicesAsync(cancellationToken));
    }

    // A contributed key that repeats a built-in one is ignored: the built-in type wins.
    private IEnumerable<CustomFieldType> Contributed => extensions.CustomFieldTypes.Where(c => BuiltInFieldTypes.Find(c.Key) is null);
}
