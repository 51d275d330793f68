using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>
/// With a directory (or an authentication program) checking logins, <c>verify_password</c> asks it, and the calls that
/// would change local accounts answer <c>ERR_AD_ENABLED</c>, after their argument and key checks.
/// </summary>
public class DirectoryTests
{
    [Fact]
    public async Task Verify_password_asks_the_directory_and_reports_an_outage()
    {
        using var slapd = new SlapdServer();
        await using var site = await ApiSite.StartAsync("ldap");
        await site.SaveSettingsAsync(("ad_server", slapd.Address), ("ad_bind_format", SlapdServer.BindFormat));

        (await site.Api.ReadAsync("verify_password", ("user", SlapdServer.UserName), ("password", SlapdServer.UserPassword))).ShouldBeOk("Credentials are valid.");
        (await site.Api.ReadAsync("verify_password", ("user", SlapdServer.UserName), ("password", "not-her-password"))).ShouldBe("ERR_INVALID_CRED", "Invalid credentials.");
        (await site.Api.ReadAsync("verify_password", ("user", "api"), ("password", SlapdServer.UserPassword))).ShouldBe("ERR_INVALID_CRED", "Invalid credentials.");

        slapd.Stop();

        (await site.Api.ReadAsync("verify_password", ("user", SlapdServer.UserName), ("password", SlapdServer.UserPassword)))
            .ShouldBe("ERR_AD_CONNECTION", "Could not connect to AD server.");
    }

    [Fact]
    public async Task Local_accounts_cannot_be_changed_while_a_program_checks_logins()
    {
        using var scripts = new Scripts();
        var check = scripts.Write("check-login", "[ \"$1\" = frodo ] && [ \"$2\" = precious-ring ]");
        await using var site = await ApiSite.StartAsync("auth-program");
        await site.SaveSettingsAsync(("auth_plugin", check + " %user% %pass%"));

        (await site.Api.ReadAsync("verify_password", ("user", "frodo"), ("password", "precious-ring"))).ShouldBeOk("Credentials are valid.");
        (await site.Api.ReadAsync("verify_password", ("user", "frodo"), ("password", "lost-ring"))).ShouldBe("ERR_INVALID_CRED", "Invalid credentials.");

        (await site.Api.CallAsync("add_user", ("user", "samwise"), ("password", "garden-pass"))).ShouldBeMissing("key");
        (await site.Api.WriteAsync("add_user", ("user", "samwise"), ("password", "garden-pass")))
            .ShouldBe("ERR_AD_ENABLED", "Users are synchronized with Active Directory.");
        (await site.Api.CallAsync("change_password", ("user", "frodo"), ("password", "new-ring"), ("key", "wrong"))).ShouldBeInvalidKey();
        (await site.Api.WriteAsync("change_password", ("user", "frodo"), ("password", "new-ring")))
            .ShouldBe("ERR_AD_ENABLED", "Passwords are synchronized with Active Directory.");
        (await site.Api.ReadAsync("list_users")).Items("users").ShouldBeEmpty("verifying through the API creates no account");
    }
}
