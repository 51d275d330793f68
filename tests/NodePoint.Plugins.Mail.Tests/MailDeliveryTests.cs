using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Plugins.Mail.Tests;

public class MailDeliveryTests
{
    [Fact]
    public async Task Notifications_reach_exactly_the_confirmed_recipients()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (host, admin) = await MailSite.StartAsync(smtp.Port);
        using var _ = host;
        await MailSite.RegisterAsync(host, "anna", "anna@example.org");
        await Users.CreateAsync(admin, "bert", 1, "bert@example.org");
        await Users.CreateAsync(admin, "carl", 1);
        var confirmations = await smtp.WaitForAsync(2);
        confirmations.Select(m => m.To.ToString()).Order().ShouldBe(["\"anna\" <anna@example.org>", "\"bert\" <bert@example.org>"]);
        var annasMail = confirmations.Single(m => m.To.ToString().Contains("anna"));
        annasMail.Subject.ShouldBe("Acme Help Desk - Email confirmation");
        annasMail.From.ToString().ShouldBe("\"Acme Help Desk\" <helpdesk@example.org>");
        var code = annasMail.TextBody!.Split("code is: ")[1][..16];
        annasMail.TextBody.ShouldContain("https://help.example.org/account/confirm-email?code=" + code);
        annasMail.HtmlBody!.ShouldContain("<a href=\"https://help.example.org/account/confirm-email?code=" + code + "\">");
        var anna = await Users.LoggedInAsync(host, "anna");
        (await anna.PostFormAsync("/account/confirm-email", ("code", code))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var name in new[] { "anna", "bert", "carl" })
            (await admin.PostFormAsync("/users/" + name, [new("password", "reset-pass-1"), new("password_confirmation", "reset-pass-1")], postUrl: $"/users/{name}?handler=Password"))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var all = await smtp.WaitForAsync(3);
        all.Count.ShouldBe(3, "only anna has a confirmed address");
        all.Last().To.ToString().ShouldBe("\"anna\" <anna@example.org>");
        all.Last().Subject.ShouldBe("Acme Help Desk - Password reset");
    }

    [Fact]
    public async Task Mail_queued_while_the_server_is_down_arrives_exactly_once_when_it_is_up()
    {
        var port = SlapdServer.FindFreePort();
        var (host, admin) = await MailSite.StartAsync(port);
        using var _ = host;
        await MailSite.RegisterAsync(host, "dora", "dora@example.org");
        await WaitForAuditAsync(admin, "notification.retry", "Could not deliver 'Email confirmation' to dora");

        await using var smtp = await SmtpTestServer.StartAsync(port);

        var messages = await smtp.WaitForAsync(1, settle: TimeSpan.FromSeconds(4));
        messages.Count.ShouldBe(1);
        messages[0].To.ToString().ShouldContain("dora@example.org");
    }

    [Fact]
    public async Task Starttls_with_authentication_delivers_and_a_wrong_password_is_reported()
    {
        await using var smtp = await SmtpTestServer.StartAsync(startTls: true, login: ("mailer", "s3cret!"));
        var (host, admin) = await MailSite.StartAsync(smtp.Port, "starttls", "mailer", "s3cret!");
        using var _ = host;

        await MailSite.RegisterAsync(host, "erik", "erik@example.org");
        (await smtp.WaitForAsync(1)).Single().To.ToString().ShouldContain("erik@example.org");

        await AdminSettings.SaveAsync(admin, ("smtp_pass", "wrong"));
        await MailSite.RegisterAsync(host, "fay", "fay@example.org");
        await WaitForAuditAsync(admin, "notification.retry", "Could not deliver 'Email confirmation' to fay");
        (await admin.TextAsync("/settings/audit?action=notification.retry")).ShouldContain("(attempt 1): authentication failed");
    }

    [Fact]
    public async Task Mail_queued_before_a_restart_is_delivered_after_it()
    {
        var data = Directory.CreateTempSubdirectory("nodepoint-restart-").FullName;
        var port = SlapdServer.FindFreePort();
        var (first, admin) = await MailSite.StartAsync(port, dataFolder: data, retrySeconds: "2,2,2,2,2,2,2,2,2,2");
        await MailSite.RegisterAsync(first, "gus", "gus@example.org");
        await WaitForAuditAsync(admin, "notification.retry", "to gus");
        first.Dispose();

        await using var smtp = await SmtpTestServer.StartAsync(port);
        using var second = new TestHost(data);
        second.Browser(); // starts the host, and with it the job server

        var messages = await smtp.WaitForAsync(1, settle: TimeSpan.FromSeconds(3));
        messages.Count.ShouldBe(1);
        messages[0].To.ToString().ShouldContain("gus@example.org");
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_as_a_failed_job_with_the_error_for_the_admin()
    {
        var port = SlapdServer.FindFreePort(); // nothing listens there
        var (host, admin) = await MailSite.StartAsync(port, retrySeconds: "1");
        using var _ = host;

        await MailSite.RegisterAsync(host, "hugo", "hugo@example.org");

        await WaitForAuditAsync(admin, "notification.failed", "Gave up on 'Email confirmation' to hugo (hugo@example.org) by mail after 2 attempts");
        var monitoring = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        monitoring.FailedCount().ShouldBe(1);
    }

    [Fact]
    public async Task The_admin_sends_a_test_mail_and_reads_the_result_in_the_audit_log()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (host, admin) = await MailSite.StartAsync(smtp.Port);
        using var _ = host;

        (await admin.TextAsync("/settings")).ShouldContain("Send a test mail to");
        var bad = await admin.PostFormAsync("/settings", [new("address", "not-an-address")], postUrl: "/mail/test");
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).ShouldContain("'not-an-address' is not an email address.");
        (await admin.PostFormAsync("/settings", [new("address", "it@example.org")], postUrl: "/mail/test")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await smtp.WaitForAsync(1)).Single().Subject.ShouldBe("NodePoint test mail");
        await WaitForAuditAsync(admin, "mail.test_sent", "Test mail to it@example.org accepted by the server.");
    }

    [Fact]
    public async Task Bad_mail_settings_are_refused_with_a_clear_message()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (host, admin) = await MailSite.StartAsync(smtp.Port);
        using var _ = host;

        var response = await AdminSettings.SaveAsync(admin, ("smtp_port", "70000"), ("smtp_server", "mail.example.org:25"), ("smtp_from", "Help Desk <x@y>"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("SMTP port must be between 1 and 65535.");
        html.ShouldContain("SMTP server must be a host name or address, without a port");
        html.ShouldContain("Sender address must be one email address.");
    }

    private static async Task WaitForAuditAsync(HttpClient admin, string action, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await admin.TextAsync("/settings/audit?action=" + action)).Contains(text))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"no '{action}' entry with '{text}' within 30 s");
            await Task.Delay(300);
        }
    }
}
