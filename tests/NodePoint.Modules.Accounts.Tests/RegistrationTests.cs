using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

public class RegistrationTests
{
    [Fact]
    public async Task A_visitor_registers_gets_the_default_level_and_logs_in()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        var visitor = host.Browser();

        var response = await visitor.PostFormAsync("/register", ("name", "newbie"), ("password", "fresh-pass"), ("password_confirmation", "fresh-pass"), ("email", ""));

        response.Headers.Location!.OriginalString.ShouldBe("/login");
        (await visitor.TextAsync("/login")).ShouldContain("User newbie added. You can now log in.");
        var user = await Users.LoggedInAsync(host, "newbie", "fresh-pass");
        (await user.TextAsync("/settings")).ShouldContain("access level 1 - Authorized");
        (await admin.TextAsync("/settings/audit?action=user.created")).ShouldContain("User 'newbie' registered, level 1.");
    }

    [Theory]
    [InlineData("chief", "The name 'chief' is reserved.")]   // the admin's name
    [InlineData("CHIEF", "The name 'CHIEF' is reserved.")]
    [InlineData("Guest", "The name 'Guest' is reserved.")]
    [InlineData("api", "The name 'api' is reserved.")]
    [InlineData("SYSTEM", "The name 'SYSTEM' is reserved.")]
    [InlineData("ab", "User names are 3 to 20 letters, digits, dots or dashes.")]
    [InlineData("bad name", "User names are 3 to 20 letters, digits, dots or dashes.")]
    [InlineData("Taken.Name", "The name 'Taken.Name' is already taken.")]
    public async Task Reserved_malformed_and_taken_names_are_refused(string name, string message)
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "taken.name", 1);

        var response = await host.Browser().PostFormAsync("/register", ("name", name), ("password", "fresh-pass"), ("password_confirmation", "fresh-pass"), ("email", ""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task Every_bad_field_is_reported_and_nothing_is_saved()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;

        var response = await host.Browser().PostFormAsync("/register", ("name", "careless"), ("password", "12345"), ("password_confirmation", "12345"), ("email", "not an address"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Passwords must be at least 6 characters.");
        html.ShouldContain("'not an address' is not an email address.");
        html.ShouldContain("value=\"careless\"");
        (await admin.TextAsync("/users")).ShouldNotContain("careless");
    }

    [Fact]
    public async Task Registration_switched_off_is_off_for_every_route()
    {
        var (host, admin) = await Accounts.StartAsync(registrations: false);
        using var _ = host;
        var visitor = host.Browser();

        (await visitor.GetAsync("/register")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await visitor.PostAsync("/register", new FormUrlEncodedContent([new("name", "sneaky"), new("password", "fresh-pass"), new("password_confirmation", "fresh-pass")]));
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await visitor.TextAsync("/login")).ShouldNotContain("/register");
        (await admin.TextAsync("/users")).ShouldNotContain("sneaky");
    }
}
