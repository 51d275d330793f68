namespace NodePoint.Abstractions.LegacyApi;

/// <summary>
/// One call of the NodePoint-compatible API, declared in a module's <c>LegacyApiCalls</c>: its name
/// (<c>show_ticket</c>, matched exactly), the key it needs, and its handler type.
/// </summary>
public sealed record LegacyApiCall(string Name, LegacyApiKey Key, Type HandlerType)
{
    /// <summary>Declares a call answered by <typeparamref name="THandler"/>, which the module registers in its container.</summary>
    public static LegacyApiCall Create<THandler>(string name, LegacyApiKey key) where THandler : ILegacyApiHandler =>
        new(name, key, typeof(THandler));
}
