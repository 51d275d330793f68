using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>Builds the "NodePoint.Level:N" policies on demand; every other name goes to the default provider.</summary>
internal sealed class LevelPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _fallback = new(options);

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(AccessPolicies.LevelPrefix, StringComparison.Ordinal)
            && int.TryParse(policyName.AsSpan(AccessPolicies.LevelPrefix.Length), out var number)
            && Enum.IsDefined((AccessLevel)number))
        {
            var level = (AccessLevel)number;
            var builder = new AuthorizationPolicyBuilder();
            if (level == AccessLevel.Guest)
                builder.RequireAssertion(_ => true);
            else
                builder.RequireAuthenticatedUser().AddRequirements(new LevelRequirement(level));
            return Task.FromResult<AuthorizationPolicy?>(builder.Build());
        }
        return _fallback.GetPolicyAsync(policyName);
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();
}
