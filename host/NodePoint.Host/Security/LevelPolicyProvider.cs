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
        if (policyName.StartsWith(AccessPolicies.LevelPrefix, StringComparison.Ordinal))
        {
            var parts = policyName[AccessPolicies.LevelPrefix.Length..].Split(AccessPolicies.GuestsWhenSeparator);
            if (int.TryParse(parts[0], out var number) && Enum.IsDefined((AccessLevel)number))
            {
                var level = (AccessLevel)number;
                var builder = new AuthorizationPolicyBuilder();
                if (level == AccessLevel.Guest)
                    builder.RequireAssertion(_ => true);
                else
                    builder.AddRequirements(new LevelRequirement(level, parts.Length > 1 ? parts[1] : null));
                return Task.FromResult<AuthorizationPolicy?>(builder.Build());
            }
        }
        return _fallback.GetPolicyAsync(policyName);
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();
}
