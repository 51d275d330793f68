using Autofac;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;
using Shouldly;

namespace NodePoint.Plugins.Ldap.Tests;

public class DirectoryConfigurationTests
{
    [Fact]
    public void Configured_with_a_server_while_switched_on()
    {
        new DirectoryLogin("dc1.contoso.local").Authenticator.IsConfigured.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Not_configured_without_a_server(string server)
    {
        new DirectoryLogin(server).Authenticator.IsConfigured.ShouldBeFalse();
    }

    [Fact]
    public void Not_configured_when_switched_off()
    {
        var login = new DirectoryLogin("dc1.contoso.local");
        login.Components.Enabled.Clear();

        login.Authenticator.IsConfigured.ShouldBeFalse();
    }

    [Fact]
    public void The_plugin_registers_its_authenticator()
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(new FakeSettings()).As<ISettings>();
        builder.RegisterInstance(new FakeComponentCatalog()).As<IComponentCatalog>();
        builder.RegisterGeneric(typeof(NullLogger<>)).As(typeof(ILogger<>));
        new LdapPlugin().ConfigureServices(builder);
        using var container = builder.Build();

        var authenticator = container.Resolve<IEnumerable<IExternalAuthenticator>>().ShouldHaveSingleItem();

        authenticator.Name.ShouldBe("Active Directory / LDAP");
        authenticator.Order.ShouldBe(10);
        authenticator.IsConfigured.ShouldBeFalse();
    }

    [Fact]
    public void The_plugin_can_be_switched_off_and_offers_its_settings()
    {
        var plugin = new LdapPlugin();

        plugin.Slug.ShouldBe("ldap");
        plugin.AlwaysOn.ShouldBeFalse();
        plugin.Settings.Select(s => s.Key).ShouldBe(["ad_server", "ad_domain", "ad_ldaps", "ad_bind_format", "ad_timeout"]);
    }
}
