namespace NodePoint.Abstractions.Forms;

/// <summary>
/// A field type a module adds to custom ticket forms, such as "client" (Clients) or "item" (Inventory): the person
/// filling the form picks one of the choices <paramref name="ChoicesProvider"/> (an <see cref="ICustomFieldChoices"/>
/// registered in the module's container) offers them. <paramref name="Key"/> starts with the module's slug.
/// </summary>
public sealed record CustomFieldType(string Key, string DisplayName, Type ChoicesProvider)
{
    /// <summary>Declares a type whose choices come from <typeparamref name="TChoices"/>.</summary>
    public static CustomFieldType Create<TChoices>(string key, string displayName) where TChoices : ICustomFieldChoices =>
        new(key, displayName, typeof(TChoices));
}
