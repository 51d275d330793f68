using NodePoint.Abstractions.Modules;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Components;

/// <summary>Which loaded components are switched on (always-on ones cannot be switched off).</summary>
internal sealed class ComponentCatalog(ComponentRegistry registry, SettingsStore settings) : IComponentCatalog
{
    public ComponentRegistry Registry => registry;

    public bool IsEnabled(string slug)
    {
        var component = registry.Started.FirstOrDefault(c => c.Slug == slug);
        return component is not null && IsEnabled(component);
    }

    public bool IsEnabled(LoadedComponent component) =>
        component.IsLoaded && (component.AlwaysOn || settings.GetInternal(SettingsStore.ComponentKeyPrefix + component.Slug) != "false");

    public IEnumerable<LoadedComponent> Enabled => registry.Started.Where(IsEnabled);
}
