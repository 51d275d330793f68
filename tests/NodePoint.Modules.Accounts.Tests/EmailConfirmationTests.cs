using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Accounts.Tests;

public class EmailConfirmationTests
{
    [Fact]
    public async Task The_mailed_code_confirms_the_address()
    {
        var (host, _) = await Accounts.StartAsync();
        using var __ = host;
        await host.Browser().PostFormAsync("/register", ("name", "mailer"), ("password", "fresh-pass"), ("password_confirmation", "fresh-pass"), ("email", "mailer@example.org"));
        var user = await Users.LoggedInAsync(host, "mailer", "fresh-pass");
        (await user.TextAsync("/settings")).ShouldContain("not confirmed");

        var mail = host.Notifications!.Last("mailer", "Email confirmation");
        mail.EvenIfUnconfirmed.ShouldBeTrue();
        var code = mail.Link!.Split("code=")[1];
        mail.Text.ShouldContain(code);

        var wrong = await user.PostFormAsync("/account/confirm-email", ("code", "WRONGCODE"));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("That confirmation code is not right.");
        (await user.PostFormAsync("/account/confirm-email", ("code", code))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var settings = await user.TextAsync("/settings");
        settings.ShouldContain("mailer@example.org is confirmed");
        settings.ShouldContain("confirmed</span>");
    }

    [Fact]
    public async Task A_new_address_needs_a_new_confirmation()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "mover", 1, "old@example.org");
        var user = await Users.LoggedInAsync(host, "mover");
        var oldCode = host.Notifications!.Last("mover", "Email confirmation").Link!.Split("code=")[1];
        await user.PostFormAsync("/account/confirm-email", ("code", oldCode));

        var changed = await user.PostFormAsync("/account/email", ("email", "new@example.org"));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await user.TextAsync("/settings")).ShouldContain("new@example.org");
        (await user.TextAsync("/settings")).ShouldContain("not confirmed");
        (await (await user.PostFormAsync("/account/confirm-email", ("code", oldCode))).Content.ReadAsStringAsync()).ShouldContain("not right");
        host.Notifications.Last("mover", "Email confirmation").Link!.ShouldNotContain(oldCode);
    }

    [Fact]
    public async Task A_bad_address_is_refused_and_the_old_one_kept()
    {
        var (host, admin) = await Accounts.StartAsync();
        using var _ = host;
        await Users.CreateAsync(admin, "keeper", 1, "keep@example.org");
        var user = await Users.LoggedInAsync(host, "keeper");

        var response = await user.PostFormAsync("/account/email", ("email", "\"x',level=5,email='\"@x.com"));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("is not an email address.");
        (await user.TextAsync("/settings")).ShouldContain("keep@example.org");
        (await user.TextAsync("/settings")).ShouldContain("access level 1 - Authorized");
    }
}
