namespace NodePoint.Host.Components;

/// <summary>
/// Orders loaded components so that every dependency starts before its dependents, and fails those whose
/// dependency is missing, failed or part of a cycle (and, in turn, their own dependents).
/// </summary>
internal static class ComponentOrder
{
    public static List<LoadedComponent> Sort(IReadOnlyList<LoadedComponent> components)
    {
        var bySlug = components.Where(c => c.IsLoaded).ToDictionary(c => c.Slug);
        var ordered = new List<LoadedComponent>();
        var state = new Dictionary<string, bool>(); // false = visiting, true = done

        foreach (var component in bySlug.Values.OrderBy(c => c.Slug, StringComparer.Ordinal))
            Visit(component, bySlug, state, ordered);
        return ordered.Where(c => c.IsLoaded).ToList();
    }

    private static bool Visit(LoadedComponent component, Dictionary<string, LoadedComponent> bySlug,
        Dictionary<string, bool> state, List<LoadedComponent> ordered)
    {
        if (state.TryGetValue(component.Slug, out var done))
        {
            if (!done)
                component.Failed("its dependencies form a cycle.");
            return component.IsLoaded;
        }
        state[component.Slug] = false;
        foreach (var dependency in component.Manifest.Dependencies)
        {
            if (!bySlug.TryGetValue(dependency, out var needed))
                component.Failed($"depends on '{dependency}', which is not installed or failed to load.");
            else if (!Visit(needed, bySlug, state, ordered))
                component.Failed($"depends on '{dependency}', which failed to load.");
        }
        state[component.Slug] = true;
        if (component.IsLoaded)
            ordered.Add(component);
        return component.IsLoaded;
    }
}
