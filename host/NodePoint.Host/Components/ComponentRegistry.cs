using System.Reflection;
using System.Runtime.Loader;
using Autofac;

namespace NodePoint.Host.Components;

/// <summary>
/// Every component found at start, in start order, with the reason for each one that was skipped.
/// Built before the container, so it holds no services; whether a component is switched on is the
/// <see cref="ComponentCatalog"/>'s business.
/// </summary>
internal sealed class ComponentRegistry : IDisposable
{
    private readonly Dictionary<Assembly, LoadedComponent> _byAssembly;
    private readonly Func<AssemblyLoadContext, AssemblyName, Assembly?> _resolve;

    public ComponentRegistry(IReadOnlyList<LoadedComponent> all)
    {
        Started = ComponentOrder.Sort(all);
        foreach (var component in Started.ToList())
            TryRegistration(component);
        Started = ComponentOrder.Sort(all); // dependents of a module that failed its registration fall too
        All = all;
        _byAssembly = Started.DistinctBy(c => c.Assembly).ToDictionary(c => c.Assembly!);
        // Late binders (a third-party module's own Hangfire jobs, serializers) resolve types by assembly name through the default context.
        var byName = _byAssembly.Keys.ToDictionary(a => a.GetName().Name!);
        _resolve = (_, name) => byName.GetValueOrDefault(name.Name!);
        AssemblyLoadContext.Default.Resolving += _resolve;
    }

    public void Dispose() => AssemblyLoadContext.Default.Resolving -= _resolve;

    /// <summary>Every folder found, loaded or not, for Settings → Components.</summary>
    public IReadOnlyList<LoadedComponent> All { get; }

    /// <summary>The components that loaded, dependencies first.</summary>
    public IReadOnlyList<LoadedComponent> Started { get; }

    public void Report(ILogger logger)
    {
        foreach (var component in All.Where(c => !c.IsLoaded))
            logger.LogError("Component {Folder} ({Kind}) was skipped: {Reason}", component.FolderName, component.Kind, component.LoadError);
        foreach (var component in Started)
            logger.LogInformation("Component {Name} {Version} loaded from {Folder}", component.Name, component.Version, component.FolderName);
    }

    public LoadedComponent? OwnerOf(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    public LoadedComponent? OwnerOf(Type type) => OwnerOf(type.Assembly);

    public LoadedComponent? OwnerOfAssemblyNamed(string? assemblyName) =>
        Started.FirstOrDefault(c => c.Assembly!.GetName().Name == assemblyName);

    /// <summary>Registers the components' services in the real container.</summary>
    public void ConfigureServices(ContainerBuilder builder)
    {
        foreach (var component in Started)
            component.Module!.ConfigureServices(builder);
    }

    // A registration that throws must not leave half its services in the real container, so it is tried on a scratch one first.
    private static void TryRegistration(LoadedComponent component)
    {
        try
        {
            component.Module!.ConfigureServices(new ContainerBuilder());
        }
        catch (Exception ex)
        {
            component.Failed($"its service registration failed: {ex.GetBaseException().Message}");
        }
    }
}
