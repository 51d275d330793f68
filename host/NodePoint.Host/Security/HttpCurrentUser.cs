using System.Security.Claims;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>The user of the current HTTP request, read from the (re-validated) session cookie.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string Name => Kind == UserKind.Guest ? "Guest" : Principal!.Identity!.Name ?? "Guest";

    public AccessLevel Level => LevelOf(Principal);

    public UserKind Kind =>
        Principal?.Identity?.IsAuthenticated == true && Enum.TryParse<UserKind>(Principal.FindFirstValue(NodePointClaims.Kind), out var kind)
            ? kind
            : UserKind.Guest;

    public static AccessLevel LevelOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && int.TryParse(principal.FindFirstValue(NodePointClaims.Level), out var level)
            ? (AccessLevel)level
            : AccessLevel.Guest;
}
