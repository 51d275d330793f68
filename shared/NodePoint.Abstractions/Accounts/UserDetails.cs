using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Accounts;

/// <summary>A user as other modules see it.</summary>
public sealed record UserDetails(int Id, string Name, AccessLevel Level, string? Email, bool EmailConfirmed, bool Disabled, DateTime? LastLoginUtc);
