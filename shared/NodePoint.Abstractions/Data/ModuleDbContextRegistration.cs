namespace NodePoint.Abstractions.Data;

/// <summary>Tells the host that a module owns <paramref name="ContextType"/>; its migrations are applied at start in dependency order.</summary>
public sealed record ModuleDbContextRegistration(string Slug, Type ContextType);
