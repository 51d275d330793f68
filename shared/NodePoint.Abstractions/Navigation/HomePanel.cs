using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Navigation;

/// <summary>
/// A panel of the home page: a public view component of the module (its class name without the
/// "ViewComponent" suffix), rendered for users holding <paramref name="MinimumLevel"/>, ordered by <paramref name="Order"/>.
/// </summary>
public sealed record HomePanel(string ViewComponentName, AccessLevel MinimumLevel, int Order = 100);
