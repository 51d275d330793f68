using System.Security.Claims;

namespace NodePoint.Abstractions.Accounts;

/// <summary>
/// Re-checks a user's session on every request (implemented by the Accounts module): returns the principal to
/// use (a new one when the level changed) or null to end the session (disabled, password changed, removed).
/// </summary>
public interface IUserSessionValidator
{
    /// <summary>Validates <paramref name="principal"/>.</summary>
    Task<ClaimsPrincipal?> ValidateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
