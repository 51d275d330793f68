using NodePoint.Abstractions.Settings;
using Shouldly;

namespace NodePoint.Plugins.Ldap.Tests;

public class LdapSettingsTests
{
    [Theory]
    [InlineData("dc1")]
    [InlineData("dc1.contoso.local")]
    [InlineData("DC-01.Contoso.Local.")]
    [InlineData("10.0.0.5")]
    [InlineData("10.0.0.5:389")]
    [InlineData("ldap.example.org:65535")]
    [InlineData("[::1]")]
    [InlineData("[2001:db8::5]:636")]
    [InlineData("2001:db8::5")]
    public void A_host_with_an_optional_port_is_a_valid_server(string value)
    {
        LdapSettings.ValidateServer(value).ShouldBeNull();
    }

    [Theory]
    [InlineData("ldap://dc1.contoso.local")]
    [InlineData("dc1:0")]
    [InlineData("dc1:65536")]
    [InlineData("dc1:ldap")]
    [InlineData("dc1:")]
    [InlineData("dc1 dc2")]
    [InlineData("-dc1.contoso.local")]
    [InlineData("dc1..contoso")]
    [InlineData("dc_1.contoso.local")]
    [InlineData("[::1]x")]
    [InlineData("[10.0.0.5]")]
    [InlineData("[fe80::1%eth0]")]
    [InlineData("dc1/ou=x")]
    public void Anything_else_is_not_a_server(string value)
    {
        LdapSettings.ValidateServer(value).ShouldBe(
            "must be a host name or IP address, optionally followed by :port (1-65535), such as dc1.contoso.local or 10.0.0.5:389.");
    }

    [Theory]
    [InlineData("dc1", false, "dc1", 389)]
    [InlineData("dc1", true, "dc1", 636)]
    [InlineData("dc1:3268", true, "dc1", 3268)]
    [InlineData("2001:db8::5", false, "[2001:db8::5]", 389)]
    [InlineData("[::1]:1389", false, "[::1]", 1389)]
    public void The_port_defaults_to_389_or_636_with_ldaps(string value, bool ldaps, string host, int port)
    {
        LdapServerAddress.TryParse(value, ldaps, out var address).ShouldBeTrue();

        address.ShouldBe(new LdapServerAddress(host, port));
    }

    [Theory]
    [InlineData("CONTOSO", null)]
    [InlineData("contoso.local", null)]
    [InlineData("EU-WEST-1", null)]
    [InlineData("CONTOSO\\", "must be 1 to 64 letters, digits, dots or dashes, such as CONTOSO.")]
    [InlineData("CON TOSO", "must be 1 to 64 letters, digits, dots or dashes, such as CONTOSO.")]
    [InlineData("ou=people", "must be 1 to 64 letters, digits, dots or dashes, such as CONTOSO.")]
    public void A_domain_is_letters_digits_dots_and_dashes(string value, string? error)
    {
        LdapSettings.ValidateDomain(value).ShouldBe(error);
    }

    [Fact]
    public void A_domain_is_at_most_64_characters()
    {
        LdapSettings.ValidateDomain(new string('D', 64)).ShouldBeNull();
        LdapSettings.ValidateDomain(new string('D', 65)).ShouldNotBeNull();
        Definition(LdapSettings.Domain).MaxLength.ShouldBe(64);
    }

    [Theory]
    [InlineData(@"{domain}\{user}", null)]
    [InlineData("{user}@contoso.local", null)]
    [InlineData("uid={user},ou=people,dc=example,dc=org", null)]
    [InlineData("uid=alice,ou=people,dc=example,dc=org", "must contain {user}, where the login name goes.")]
    [InlineData("{User}@contoso.local", "must contain {user}, where the login name goes.")]
    [InlineData("{user}@{realm}", "may use only the placeholders {user} and {domain}.")]
    [InlineData("{user}}", "may use only the placeholders {user} and {domain}.")]
    public void A_bind_name_holds_user_and_maybe_domain(string value, string? error)
    {
        LdapSettings.ValidateBindFormat(value).ShouldBe(error);
    }

    [Fact]
    public void Defaults_fit_active_directory()
    {
        Definition(LdapSettings.Server).DefaultValue.ShouldBe("");
        Definition(LdapSettings.UseLdaps).DefaultValue.ShouldBe("false");
        Definition(LdapSettings.UseLdaps).Kind.ShouldBe(SettingKind.Boolean);
        Definition(LdapSettings.BindFormat).DefaultValue.ShouldBe(@"{domain}\{user}");
        var timeout = Definition(LdapSettings.TimeoutSeconds);
        (timeout.Kind, timeout.DefaultValue, timeout.Minimum, timeout.Maximum).ShouldBe((SettingKind.Integer, "5", 1, 60));
    }

    private static SettingDefinition Definition(string key) => LdapSettings.Definitions.Single(d => d.Key == key);
}
