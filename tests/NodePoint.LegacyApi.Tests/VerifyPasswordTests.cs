using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>verify_password</c> (manual §5.4) against local passwords.</summary>
public class VerifyPasswordTests(VerifyPasswordTests.Site site) : IClassFixture<VerifyPasswordTests.Site>
{
    public sealed class Site : ApiSite
    {
        protected override async Task SeedAsync()
        {
            foreach (var name in new[] { "alice", "bob", "carol", "eve" })
                await AddUserAsync(name);
            await DisableUserAsync("eve");
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task The_right_password_is_valid(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).ReadAsync("verify_password", ("user", "alice"), ("password", Users.Password));

        answer.ShouldBeOk("Credentials are valid.");
        answer.ShouldHaveFields("message", "status");
    }

    [Fact]
    public async Task Checks_user_then_password_then_the_key()
    {
        (await site.Api.CallAsync("verify_password")).ShouldBeMissing("user");
        (await site.Api.CallAsync("verify_password", ("password", Users.Password))).ShouldBeMissing("user");
        (await site.Api.CallAsync("verify_password", ("user", "alice"))).ShouldBeMissing("password");
        (await site.Api.CallAsync("verify_password", ("user", "alice"), ("password", "0"))).ShouldBeMissing("password");
        (await site.Api.CallAsync("verify_password", ("user", "alice"), ("password", Users.Password))).ShouldBeMissing("key");
        (await site.Api.CallAsync("verify_password", ("user", "alice"), ("password", Users.Password), ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
    }

    [Theory]
    [InlineData("bob", "wrong-password")]
    [InlineData("nobody", Users.Password)]
    [InlineData("ALICE", Users.Password)] // the original matched names with their letter case
    [InlineData("eve", Users.Password)] // disabled: refused, unlike the original
    [InlineData(FirstRun.AdminName, FirstRun.AdminPassword)] // the admin is not a user
    public async Task Anything_else_is_invalid(string user, string password)
    {
        var answer = await site.Api.ReadAsync("verify_password", ("user", user), ("password", password));

        answer.ShouldBe("ERR_INVALID_CRED", "Invalid credentials.");
    }

    [Fact]
    public async Task The_name_is_stripped_of_other_characters_as_in_the_original()
    {
        (await site.Api.ReadAsync("verify_password", ("user", " al ice!"), ("password", Users.Password))).ShouldBeOk("Credentials are valid.");
    }

    [Fact]
    public async Task Guessing_is_throttled_like_logins()
    {
        for (var i = 0; i < 5; i++)
            (await site.Api.ReadAsync("verify_password", ("user", "carol"), ("password", "guess-" + i))).Status.ShouldBe("ERR_INVALID_CRED");

        var answer = await site.Api.ReadAsync("verify_password", ("user", "carol"), ("password", Users.Password));

        answer.Status.ShouldBe("ERR_INVALID_CRED");
        answer.Message.ShouldStartWith("Too many failed attempts. Please wait ");
        (await site.Api.ReadAsync("verify_password", ("user", "alice"), ("password", Users.Password))).ShouldBeOk("Credentials are valid.");
    }
}
