using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Navigation;

/// <summary>
/// A panel a module adds to a host page (the home page, a user's settings page): a public view component of the
/// module (its class name without the "ViewComponent" suffix), rendered for users holding
/// <paramref name="MinimumLevel"/>, ordered by <paramref name="Order"/>.
/// </summary>
public sealed record Panel(string ViewComponentName, AccessLevel MinimumLevel, int Order = 100);
