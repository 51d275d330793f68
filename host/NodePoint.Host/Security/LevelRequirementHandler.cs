using Microsoft.AspNetCore.Authorization;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Security;

/// <summary>Checks <see cref="LevelRequirement"/> against the session's level and, for guests, the named setting.</summary>
internal sealed class LevelRequirementHandler(ISettings settings) : AuthorizationHandler<LevelRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LevelRequirement requirement)
    {
        var level = SessionClaims.LevelOf(context.User);
        if (level >= requirement.Level || (level == AccessLevel.Guest && requirement.GuestsWhen is { } key && settings.GetBool(key)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
