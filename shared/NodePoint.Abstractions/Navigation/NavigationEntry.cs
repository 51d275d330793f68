using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Navigation;

/// <summary>An entry of the main menu, shown to users holding <paramref name="MinimumLevel"/> while the module is enabled.</summary>
public sealed record NavigationEntry(string Text, string Url, AccessLevel MinimumLevel, int Order = 100);
