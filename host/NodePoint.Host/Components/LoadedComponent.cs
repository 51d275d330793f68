using System.Reflection;
using NodePoint.Abstractions.Modules;

namespace NodePoint.Host.Components;

/// <summary>One folder found under <c>modules/</c> or <c>plugins/</c>: the loaded module, or why it could not be loaded.</summary>
internal sealed class LoadedComponent(ComponentKind kind, string folderName)
{
    public ComponentKind Kind { get; } = kind;
    public string FolderName { get; } = folderName;
    public NodePointModule? Module { get; private set; }
    public ComponentManifest Manifest { get; private set; } = ComponentManifest.Empty;
    public Assembly? Assembly { get; private set; }
    public string? LoadError { get; private set; }

    public bool IsLoaded => Module is not null && LoadError is null;
    public string Slug => Module?.Slug ?? FolderName.ToLowerInvariant();
    public string Name => Module?.Name ?? FolderName;
    public string Version => Module?.Version ?? "";
    public string Description => Module?.Description ?? "";
    public bool AlwaysOn => Module?.AlwaysOn ?? false;

    /// <summary>Records the loaded module and reads its declarations; throws when a declaration does.</summary>
    public void Loaded(NodePointModule module, Assembly assembly)
    {
        Manifest = ComponentManifest.Read(module);
        Module = module;
        Assembly = assembly;
    }

    public void Failed(string reason) => LoadError ??= reason;
}
