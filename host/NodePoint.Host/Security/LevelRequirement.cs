using Microsoft.AspNetCore.Authorization;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>Met when the signed-in user holds at least <see cref="Level"/>.</summary>
internal sealed class LevelRequirement(AccessLevel level) : AuthorizationHandler<LevelRequirement>, IAuthorizationRequirement
{
    public AccessLevel Level { get; } = level;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LevelRequirement requirement)
    {
        if (SessionClaims.LevelOf(context.User) >= requirement.Level)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
