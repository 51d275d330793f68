namespace NodePoint.Abstractions.Accounts;

/// <summary>
/// A login check outside NodePoint (a directory server, an authentication program), offered by a plugin. When one is
/// configured, users log in through it instead of a local password; their account is created at first login with the
/// default level and holds no password; registration and password reset by mail are off.
/// </summary>
public interface IExternalAuthenticator
{
    /// <summary>Name shown to the admin, such as "Active Directory".</summary>
    string Name { get; }

    /// <summary>Lower runs first when several are configured.</summary>
    int Order { get; }

    /// <summary>True when its settings are filled in.</summary>
    bool IsConfigured { get; }

    /// <summary>Checks <paramref name="password"/> for <paramref name="userName"/> (already validated: 3-20 letters, digits, dots, dashes).</summary>
    Task<ExternalAuthenticationResult> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken);
}
