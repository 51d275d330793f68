using Microsoft.AspNetCore.Authorization;

namespace NodePoint.Abstractions.Access;

/// <summary>
/// Declares the minimum access level of a Razor page or endpoint. Enforced by the host's authorization
/// policies on every request; hiding a link is never the only guard.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequireLevelAttribute : AuthorizeAttribute
{
    /// <summary>Requires at least <paramref name="level"/>.</summary>
    public RequireLevelAttribute(AccessLevel level) : base(AccessPolicies.ForLevel(level)) => Level = level;

    /// <summary>The minimum level.</summary>
    public AccessLevel Level { get; }

    /// <summary>A Boolean setting that, when on, also lets guests in (for example "guest_tickets").</summary>
    public string? GuestsWhen
    {
        get;
        init
        {
            field = value;
            Policy = AccessPolicies.ForLevel(Level, value);
        }
    }
}
