namespace NodePoint.Abstractions.Modules;

/// <summary>Tells whether a component is present and switched on, for optional integrations between modules.</summary>
public interface IComponentCatalog
{
    /// <summary>True when the module or plugin <paramref name="slug"/> is loaded and enabled.</summary>
    bool IsEnabled(string slug);
}
