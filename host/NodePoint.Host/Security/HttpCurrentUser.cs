using System.Security.Claims;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>The user of the current HTTP request, read from the (re-validated) session cookie.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string Name => Kind == UserKind.Guest ? "Guest" : Principal!.Identity!.Name ?? "Guest";

    public AccessLevel Level => SessionClaims.LevelOf(Principal);

    public UserKind Kind => SessionClaims.KindOf(Principal);
}
