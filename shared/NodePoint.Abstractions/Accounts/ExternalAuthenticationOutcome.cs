namespace NodePoint.Abstractions.Accounts;

/// <summary>The three answers of an external login check.</summary>
public enum ExternalAuthenticationOutcome
{
    /// <summary>The password is right.</summary>
    Accepted,
    /// <summary>The password is wrong or the account unknown.</summary>
    Rejected,
    /// <summary>The check could not be made.</summary>
    Unavailable,
}
