using NodePoint.Testing;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Accounts;
using Shouldly;

namespace NodePoint.Plugins.Ldap.Tests;

public class DirectoryOutageTests
{
    [Fact]
    public async Task An_empty_password_is_rejected_without_asking_the_server()
    {
        // Nothing listens there: asking would answer Unavailable, not Rejected.
        var result = await DirectoryLogin.OnClosedPort().LoginAsync(SlapdServer.UserName, "");

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Rejected);
    }

    [Theory]
    [InlineData("alice,ou=admins")]
    [InlineData("*")]
    [InlineData("alice)(uid=*")]
    [InlineData(@"alice\2c")]
    public async Task A_user_name_with_DN_characters_is_rejected_without_asking_the_server(string userName)
    {
        var result = await DirectoryLogin.OnClosedPort().LoginAsync(userName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Rejected);
    }

    [Fact]
    public async Task A_stopped_server_is_unavailable()
    {
        using var server = new SlapdServer();
        var login = DirectoryLogin.For(server);
        (await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword)).Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);

        server.Stop();
        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldNotBeNull().ShouldContain($"ldap://{server.Address}");
        result.Detail.ShouldNotContain(SlapdServer.UserPassword);
        var warning = login.Log.Entries.ShouldHaveSingleItem();
        warning.Level.ShouldBe(LogLevel.Warning);
        warning.Message.ShouldContain($"ldap://{server.Address}");
        warning.Message.ShouldNotContain(SlapdServer.UserPassword);
    }

    [Fact]
    public async Task A_silent_server_times_out_and_the_connection_is_dropped()
    {
        using var silent = new SilentServer();
        var login = new DirectoryLogin(silent.Address);
        login.Settings[LdapSettings.TimeoutSeconds] = "1";
        var clock = Stopwatch.StartNew();

        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldNotBeNull().ShouldContain($"ldap://{silent.Address} did not answer within 1 s");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        // The bind itself ended (not just the wait for it): no thread is left blocked on the server.
        await silent.HungUp.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_bind_name_needing_a_missing_domain_is_unavailable()
    {
        var login = DirectoryLogin.OnClosedPort();
        login.Settings[LdapSettings.BindFormat] = @"{domain}\{user}";

        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldBe("The bind name setting uses {domain} but the directory domain is empty.");
    }

    [Fact]
    public async Task A_cancelled_login_stops_waiting()
    {
        using var silent = new SilentServer();
        var login = new DirectoryLogin(silent.Address);
        login.Settings[LdapSettings.TimeoutSeconds] = "60";
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Should.ThrowAsync<OperationCanceledException>(
            () => login.Authenticator.AuthenticateAsync(SlapdServer.UserName, SlapdServer.UserPassword, cancel.Token));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
