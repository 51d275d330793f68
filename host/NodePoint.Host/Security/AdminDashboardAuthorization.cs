using Hangfire.Dashboard;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>The jobs dashboard at /jobs is for the NodePoint admin only.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        SessionClaims.LevelOf(context.GetHttpContext().User) >= AccessLevel.Admin;
}
