using NodePoint.Testing;
using NodePoint.Abstractions.Accounts;

namespace NodePoint.Plugins.Ldap.Tests;

/// <summary>The real authenticator over fake settings, component catalog and logger, pointed at a server address.</summary>
internal sealed class DirectoryLogin
{
    public DirectoryLogin(string server, string bindFormat = SlapdServer.BindFormat)
    {
        Settings[LdapSettings.Server] = server;
        Settings[LdapSettings.BindFormat] = bindFormat;
    }

    public FakeSettings Settings { get; } = new();
    public FakeComponentCatalog Components { get; } = new();
    public ListLogger<LdapAuthenticator> Log { get; } = new();

    public LdapAuthenticator Authenticator => new(Settings, Components, Log);

    public static DirectoryLogin For(SlapdServer server) => new(server.Address);

    /// <summary>A loopback address where nothing listens.</summary>
    public static DirectoryLogin OnClosedPort() => new($"127.0.0.1:{SlapdServer.FindFreePort()}");

    public Task<ExternalAuthenticationResult> LoginAsync(string userName, string password) =>
        Authenticator.AuthenticateAsync(userName, password, TestContext.Current.CancellationToken);
}
