using System.Text.RegularExpressions;
using Autofac;
using Hangfire;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Modules;

namespace NodePoint.Host.Components;

/// <summary>
/// Finds <c>modules/&lt;Name&gt;/NodePoint.Modules.&lt;Name&gt;.dll</c> and <c>plugins/&lt;Name&gt;/NodePoint.Plugins.&lt;Name&gt;.dll</c>,
/// loads each in its own load context sharing the host's framework types, and records every failure
/// instead of throwing: a broken component is skipped, the host runs on.
/// </summary>
internal static partial class ComponentDiscovery
{
    private static readonly Type[] SharedTypes =
    [
        typeof(NodePointModule), typeof(DbContext), typeof(ContainerBuilder),
        typeof(IBackgroundJobClient), typeof(IEndpointRouteBuilder),
    ];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,30}$")]
    private static partial Regex SlugPattern();

    public static List<LoadedComponent> Discover(string componentsRoot)
    {
        var found = new List<LoadedComponent>();
        found.AddRange(DiscoverKind(Path.Combine(componentsRoot, "modules"), ComponentKind.Module, "NodePoint.Modules."));
        found.AddRange(DiscoverKind(Path.Combine(componentsRoot, "plugins"), ComponentKind.Plugin, "NodePoint.Plugins."));
        RejectDuplicateSlugs(found);
        return found;
    }

    private static IEnumerable<LoadedComponent> DiscoverKind(string folder, ComponentKind kind, string assemblyPrefix)
    {
        if (!Directory.Exists(folder))
            yield break;
        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var component = new LoadedComponent(kind, Path.GetFileName(directory));
            Load(component, Path.Combine(directory, assemblyPrefix + component.FolderName + ".dll"));
            yield return component;
        }
    }

    private static void Load(LoadedComponent component, string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            component.Failed($"{Path.GetFileName(assemblyPath)} is missing from the folder.");
            return;
        }
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, isUnloadable: false, SharedTypes,
                config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var moduleTypes = assembly.GetExportedTypes()
                .Where(t => t.IsClass && !t.IsAbstract && typeof(NodePointModule).IsAssignableFrom(t))
                .ToList();
            if (moduleTypes.Count != 1)
            {
                component.Failed($"expected one public class deriving from NodePointModule, found {moduleTypes.Count}.");
                return;
            }
            var module = (NodePointModule)Activator.CreateInstance(moduleTypes[0])!;
            if (!SlugPattern().IsMatch(module.Slug))
            {
                component.Failed($"slug '{module.Slug}' is not 2-31 lower-case letters, digits or dashes.");
                return;
            }
            try
            {
                component.Loaded(module, assembly);
            }
            catch (Exception ex)
            {
                component.Failed($"its declarations could not be read: {ex.GetBaseException().Message}");
            }
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException
                                       or TypeLoadException or System.Reflection.ReflectionTypeLoadException or MissingMethodException
                                       or InvalidOperationException or System.Reflection.TargetInvocationException)
        {
            component.Failed($"cannot load {Path.GetFileName(assemblyPath)}: {ex.GetBaseException().Message}");
        }
    }

    private static void RejectDuplicateSlugs(List<LoadedComponent> found)
    {
        foreach (var group in found.Where(c => c.IsLoaded).GroupBy(c => c.Slug).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                duplicate.Failed($"slug '{group.Key}' is already used by {group.First().FolderName}.");
    }
}
