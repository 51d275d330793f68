using System.Security.Claims;

namespace NodePoint.Abstractions.Accounts;

/// <summary>Turns a personal API token (sent as <c>Authorization: Bearer …</c>) into its user (implemented by Accounts).</summary>
public interface IApiTokenAuthenticator
{
    /// <summary>The token's user with their current level, or null for an unknown or revoked token or a disabled user.</summary>
    Task<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken);
}
