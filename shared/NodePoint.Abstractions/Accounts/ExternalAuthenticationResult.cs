namespace NodePoint.Abstractions.Accounts;

/// <summary>What an external check said. <see cref="Detail"/> is for the admin's log only, never shown to the user.</summary>
public sealed record ExternalAuthenticationResult(ExternalAuthenticationOutcome Outcome, string? Detail = null)
{
    /// <summary>The password is right.</summary>
    public static ExternalAuthenticationResult Accepted() => new(ExternalAuthenticationOutcome.Accepted);

    /// <summary>The password is wrong or the account unknown.</summary>
    public static ExternalAuthenticationResult Rejected(string? detail = null) => new(ExternalAuthenticationOutcome.Rejected, detail);

    /// <summary>The check could not be made (server down, program missing, timeout).</summary>
    public static ExternalAuthenticationResult Unavailable(string detail) => new(ExternalAuthenticationOutcome.Unavailable, detail);
}
