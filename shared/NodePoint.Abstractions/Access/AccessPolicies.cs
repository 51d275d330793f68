using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NodePoint.Abstractions.Access;

/// <summary>Authorization policy names for access levels; the host resolves every "NodePoint.Level:N" policy.</summary>
public static class AccessPolicies
{
    /// <summary>Prefix of level policy names.</summary>
    public const string LevelPrefix = "NodePoint.Level:";

    /// <summary>Separates the level from the optional guest setting in a policy name.</summary>
    public const string GuestsWhenSeparator = ";guests-when:";

    /// <summary>The policy that requires at least <paramref name="level"/>, or lets guests in while the Boolean setting <paramref name="guestsWhen"/> is on.</summary>
    public static string ForLevel(AccessLevel level, string? guestsWhen = null) =>
        LevelPrefix + (int)level + (guestsWhen is null ? "" : GuestsWhenSeparator + guestsWhen);

    /// <summary>Requires at least <paramref name="level"/> on an endpoint or group. Guests are asked to log in; others get 403.</summary>
    public static TBuilder RequireLevel<TBuilder>(this TBuilder builder, AccessLevel level)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequiredLevel(level));
        return builder.RequireAuthorization(ForLevel(level));
    }
}
