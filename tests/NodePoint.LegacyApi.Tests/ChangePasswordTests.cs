using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>change_password</c> (manual §5.5).</summary>
public class ChangePasswordTests(ChangePasswordTests.Site site) : IClassFixture<ChangePasswordTests.Site>
{
    private const string NewPassword = "brand-new-pass";

    public sealed class Site : ApiSite
    {
        protected override async Task SeedAsync()
        {
            await AddUserAsync("dora", 1, "dora@example.org");
            foreach (var transport in Transports.Values)
                await AddUserAsync("changer" + (int)transport);
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Sets_a_new_password_as_a_user_manager_would(LegacyApiTransport transport)
    {
        var name = "changer" + (int)transport;

        var answer = await site.Api.Using(transport).WriteAsync("change_password", ("user", name), ("password", NewPassword));

        answer.ShouldBeOk("Password changed.");
        answer.ShouldHaveFields("message", "status");
        (await site.Api.ReadAsync("verify_password", ("user", name), ("password", NewPassword))).ShouldBeOk("Credentials are valid.");
        (await site.Api.ReadAsync("verify_password", ("user", name), ("password", Users.Password))).Status.ShouldBe("ERR_INVALID_CRED");
        await Users.LoggedInAsync(site.Host, name, NewPassword);
        (await site.AuditByApiAsync("user.password_set")).ShouldContain($"The password of '{name}' was reset by 'api'.");
        site.Host.Notifications!.Last(name, "Password reset").Text.ShouldContain("Your password was reset by api.");
    }

    [Fact]
    public async Task Checks_user_password_and_its_length_before_the_key()
    {
        (await site.Api.CallAsync("change_password")).ShouldBeMissing("user");
        (await site.Api.CallAsync("change_password", ("user", "dora"))).ShouldBeMissing("password");
        (await site.Api.CallAsync("change_password", ("user", "dora"), ("password", "12345")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'password' argument (above 6 characters).");
        (await site.Api.CallAsync("change_password", ("user", "dora"), ("password", new string('p', 201))))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'password' argument (at most 200 characters).");
        (await site.Api.CallAsync("change_password", ("user", "dora"), ("password", NewPassword))).ShouldBeMissing("key");
        (await site.Api.CallAsync("change_password", ("user", "dora"), ("password", NewPassword), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.ReadAsync("verify_password", ("user", "dora"), ("password", Users.Password))).ShouldBeOk("Credentials are valid.");
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("DORA")] // the original matched names with their letter case
    [InlineData(FirstRun.AdminName)] // the admin is not a user
    public async Task An_unknown_name_is_refused(string user)
    {
        var answer = await site.Api.WriteAsync("change_password", ("user", user), ("password", NewPassword));

        answer.ShouldBe("ERR_INVALID_CRED", "Invalid user name.");
        (await site.Api.ReadAsync("verify_password", ("user", "dora"), ("password", Users.Password))).ShouldBeOk("Credentials are valid.");
    }
}
