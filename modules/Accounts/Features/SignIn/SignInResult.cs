using System.Security.Claims;

namespace NodePoint.Modules.Accounts.Features.SignIn;

/// <summary>The session to start, or the message to show; and when the user last logged in before this time.</summary>
internal sealed record SignInResult(ClaimsPrincipal? Principal, string? Error, DateTime? PreviousLoginUtc = null)
{
    public static SignInResult Refused(string error) => new(null, error);
}
