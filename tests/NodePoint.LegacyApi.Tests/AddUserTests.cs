using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>add_user</c> (manual §5.6), through the module's own registration rules.</summary>
public partial class AddUserTests(AddUserTests.Site site) : IClassFixture<AddUserTests.Site>
{
    private const string Password = "fresh-pass-1";

    public sealed class Site : ApiSite
    {
        protected override Task SeedAsync() => AddUserAsync("taken");
    }

    [GeneratedRegex("^[A-Za-z0-9]{16}$")]
    private static partial Regex ConfirmationCode();

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Adds_a_user_at_the_default_level_who_can_log_in(LegacyApiTransport transport)
    {
        var name = "newbie" + (int)transport;

        var answer = await site.Api.Using(transport).WriteAsync("add_user", ("user", name), ("password", Password));

        answer.ShouldBeOk("User added.");
        answer.ShouldHaveFields("message", "status", "user");
        answer["user"].ShouldBe(name);
        await Users.LoggedInAsync(site.Host, name, Password);
        (await site.Api.ReadAsync("list_users")).Items("users").Single(u => u["name"] == name)["access_level"].ShouldBe("1");
        (await site.AuditByApiAsync("user.created")).ShouldContain($"User '{name}' added through the API, level 1.");
    }

    [Fact]
    public async Task With_an_address_the_confirmation_code_is_mailed_and_returned()
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", "mailed"), ("password", Password), ("email", "mailed@example.org"));

        answer.ShouldBeOk("User added.");
        answer.ShouldHaveFields("message", "status", "confirm", "user");
        answer["confirm"].ShouldMatch(ConfirmationCode().ToString());
        var mail = site.Host.Notifications!.Last("mailed", "Email confirmation");
        mail.Text.ShouldContain(answer["confirm"]);
        var user = await Users.LoggedInAsync(site.Host, "mailed", Password);
        await user.PostFormAsync("/account/confirm-email", ("code", answer["confirm"]));
        (await user.TextAsync("/settings")).ShouldContain("mailed@example.org is confirmed");
    }

    [Fact]
    public async Task An_email_of_0_counts_as_none()
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", "nomail"), ("password", Password), ("email", "0"));

        answer.ShouldHaveFields("message", "status", "user");
    }

    [Fact]
    public async Task Checks_the_name_and_password_with_their_lengths_before_the_key()
    {
        (await site.Api.CallAsync("add_user")).ShouldBeMissing("user");
        (await site.Api.CallAsync("add_user", ("password", Password))).ShouldBeMissing("user");
        foreach (var shortOrLong in new[] { "ab", "a!b", new string('n', 21) })
            (await site.Api.CallAsync("add_user", ("user", shortOrLong), ("password", Password)))
                .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'user' argument (between 3 and 20 characters).");
        (await site.Api.CallAsync("add_user", ("user", "checked"))).ShouldBeMissing("password");
        (await site.Api.CallAsync("add_user", ("user", "checked"), ("password", "12345")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'password' argument (above 6 characters).");
        (await site.Api.CallAsync("add_user", ("user", "checked"), ("password", Password))).ShouldBeMissing("key");
        (await site.Api.CallAsync("add_user", ("user", "checked"), ("password", Password), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.ReadAsync("list_users")).Items("users").ShouldNotContain(u => u["name"] == "checked");
    }

    [Fact]
    public async Task The_name_is_stripped_of_other_characters_as_in_the_original()
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", "new user!"), ("password", Password));

        answer["user"].ShouldBe("newuser");
    }

    [Theory]
    [InlineData("taken")]
    [InlineData("TAKEN")] // the original let a second "Taken" in
    public async Task A_taken_name_is_refused_in_any_letter_case(string name)
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", name), ("password", Password));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "User already exist.");
    }

    [Theory]
    [InlineData("api")]
    [InlineData("Guest")]
    [InlineData("system")]
    [InlineData(FirstRun.AdminName)]
    public async Task Reserved_names_are_refused(string name)
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", name), ("password", Password));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", $"The name '{name}' is reserved.");
    }

    [Fact]
    public async Task Names_follow_the_registration_rules()
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", "john_doe"), ("password", Password));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "User names are 3 to 20 letters, digits, dots or dashes.");
    }

    [Fact]
    public async Task A_bad_address_is_refused_and_nothing_is_saved()
    {
        var answer = await site.Api.WriteAsync("add_user", ("user", "badmail"), ("password", Password), ("email", "not an address"));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "'not an address' is not an email address.");
        (await site.Api.ReadAsync("list_users")).Items("users").ShouldNotContain(u => u["name"] == "badmail");
    }

    [Fact]
    public async Task The_password_is_stored_with_the_modules_hasher_never_as_sha1()
    {
        await site.Api.WriteAsync("add_user", ("user", "hashed"), ("password", Password));

        await using var db = new SqliteConnection($"Data Source={Path.Combine(site.Host.DataFolder, "nodepoint.db")}");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT PasswordHash FROM accounts_user WHERE Name = 'hashed'";
        var hash = (string)(await query.ExecuteScalarAsync())!;
        hash.ShouldNotBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(Password))));
        Convert.FromBase64String(hash)[0].ShouldBe((byte)0x01, "ASP.NET Core Identity's PBKDF2 format marker");
    }

    [Fact]
    public async Task New_users_get_the_configured_default_level()
    {
        await using var own = await ApiSite.StartAsync();
        await own.SaveSettingsAsync(("default_lvl", "2"));

        await own.Api.WriteAsync("add_user", ("user", "ranked"), ("password", Password));

        (await own.Api.ReadAsync("list_users")).Items("users").Single()["access_level"].ShouldBe("2");
    }
}
