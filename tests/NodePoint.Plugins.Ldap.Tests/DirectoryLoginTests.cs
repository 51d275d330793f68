using NodePoint.Testing;
using NodePoint.Abstractions.Accounts;
using Shouldly;

namespace NodePoint.Plugins.Ldap.Tests;

public class DirectoryLoginTests(SlapdServer server) : IClassFixture<SlapdServer>
{
    [Fact]
    public async Task Accepts_the_right_password()
    {
        var result = await DirectoryLogin.For(server).LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);
    }

    [Fact]
    public async Task Rejects_a_wrong_password()
    {
        var login = DirectoryLogin.For(server);

        var result = await login.LoginAsync(SlapdServer.UserName, "not " + SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Rejected);
        result.Detail.ShouldNotBeNull().ShouldContain(SlapdServer.UserDn(SlapdServer.UserName));
        result.Detail.ShouldNotContain(SlapdServer.UserPassword);
    }

    [Fact]
    public async Task Rejects_an_unknown_user()
    {
        var result = await DirectoryLogin.For(server).LoginAsync("mallory", SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Rejected);
    }

    [Fact]
    public async Task Accepts_a_user_added_later()
    {
        server.AddUser("bob.smith-2", "b0b's pass");

        var result = await DirectoryLogin.For(server).LoginAsync("bob.smith-2", "b0b's pass");

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);
    }

    [Fact]
    public async Task Puts_the_domain_into_the_bind_name()
    {
        var login = new DirectoryLogin(server.Address, "uid={user},ou={domain},dc=nodepoint,dc=test");
        login.Settings[LdapSettings.Domain] = "people";

        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);
    }

    [Fact]
    public async Task Ldaps_to_a_plain_server_is_unavailable()
    {
        var login = DirectoryLogin.For(server);
        login.Settings[LdapSettings.UseLdaps] = "true";

        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldNotBeNull().ShouldContain($"ldaps://{server.Address}");
    }

    [Fact]
    public async Task A_bind_name_the_server_cannot_parse_is_unavailable_not_a_wrong_password()
    {
        var login = new DirectoryLogin(server.Address, "uid={user},,ou=people");

        var result = await login.LoginAsync(SlapdServer.UserName, SlapdServer.UserPassword);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldNotBeNull().ShouldContain($"ldap://{server.Address}");
    }
}
