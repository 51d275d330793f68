using NodePoint.Abstractions.LegacyApi;
using NodePoint.Host.Components;

namespace NodePoint.Host.LegacyApi;

/// <summary>Every call declared by a started component, by name (matched exactly); the first component to declare a name keeps it.</summary>
internal sealed class LegacyApiCallTable
{
    public sealed record Entry(LoadedComponent Component, LegacyApiCall Call);

    private readonly Dictionary<string, Entry> _calls = new(StringComparer.Ordinal);

    public LegacyApiCallTable(ComponentRegistry registry, ILogger<LegacyApiCallTable> logger)
    {
        foreach (var component in registry.Started)
        {
            foreach (var call in component.Manifest.LegacyApiCalls)
            {
                if (!typeof(ILegacyApiHandler).IsAssignableFrom(call.HandlerType))
                    logger.LogError("API call '{Call}' of {Component} is ignored: {Type} is not an ILegacyApiHandler", call.Name, component.Slug, call.HandlerType);
                else if (!_calls.TryAdd(call.Name, new Entry(component, call)))
                    logger.LogError("API call '{Call}' of {Component} is ignored: {Owner} already answers it", call.Name, component.Slug, _calls[call.Name].Component.Slug);
            }
        }
    }

    public IReadOnlyCollection<Entry> All => _calls.Values;

    public Entry? Find(string name) => _calls.GetValueOrDefault(name);
}
