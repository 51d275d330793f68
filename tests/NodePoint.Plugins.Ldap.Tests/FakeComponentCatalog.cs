using NodePoint.Abstractions.Modules;

namespace NodePoint.Plugins.Ldap.Tests;

internal sealed class FakeComponentCatalog : IComponentCatalog
{
    public HashSet<string> Enabled { get; } = ["ldap"];

    public bool IsEnabled(string slug) => Enabled.Contains(slug);
}
