using Microsoft.Extensions.Logging.Abstractions;
using NodePoint.Abstractions.Accounts;
using Shouldly;

using NodePoint.Testing;

namespace NodePoint.Plugins.AuthProgram.Tests;

public class ProgramAuthenticatorTests : IDisposable
{
    private readonly Scripts _scripts = new();

    [Fact]
    public async Task Exit_code_zero_accepts_and_anything_else_refuses()
    {
        var check = _scripts.Write("check", "[ \"$1\" = alice ] && [ \"$2\" = 'right pass' ]");

        (await Authenticator($"{check} %user% %pass%").AuthenticateAsync("alice", "right pass", default)).Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);
        var refused = await Authenticator($"{check} %user% %pass%").AuthenticateAsync("alice", "wrong", default);
        refused.Outcome.ShouldBe(ExternalAuthenticationOutcome.Rejected);
        refused.Detail.ShouldBe("exit code 1");
    }

    [Theory]
    [InlineData("it's \"quoted\"")]
    [InlineData("$(touch PWNED)")]
    [InlineData("`touch PWNED`; touch PWNED")]
    [InlineData("  spaced  out  ")]
    [InlineData("a|b>c&&d\\e%user%")]
    public async Task The_password_reaches_the_program_as_one_untouched_argument(string password)
    {
        var record = _scripts.Write("record", $"cd '{_scripts.Folder}'; printf '%s' \"$#\" > count; printf '%s' \"$2\" > password; exit 0");

        var result = await Authenticator($"{record} --user=%user% %pass%").AuthenticateAsync("bob", password, default);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Accepted);
        File.ReadAllText(Path.Combine(_scripts.Folder, "count")).ShouldBe("2");
        File.ReadAllText(Path.Combine(_scripts.Folder, "password")).ShouldBe(password);
        File.Exists(Path.Combine(_scripts.Folder, "PWNED")).ShouldBeFalse();
    }

    [Fact]
    public async Task Variables_are_replaced_inside_arguments_in_one_pass()
    {
        var record = _scripts.Write("echoargs", $"printf '%s\\n' \"$@\" > '{_scripts.Folder}/args'");

        await Authenticator($"{record} \"--login=%user%\" 'pw:%pass%'").AuthenticateAsync("carol", "%user%", default);

        File.ReadAllLines(Path.Combine(_scripts.Folder, "args")).ShouldBe(["--login=carol", "pw:%user%"]);
    }

    [Fact]
    public async Task A_program_that_hangs_is_stopped_at_the_time_limit()
    {
        var slow = _scripts.Write("slow", "sleep 30");
        var settings = new Dictionary<string, string> { ["auth_plugin"] = slow, ["auth_plugin_timeout"] = "1" };
        var started = DateTime.UtcNow;

        var result = await new ProgramAuthenticator(new Fakes(settings), new Fakes(settings), NullLogger<ProgramAuthenticator>.Instance).AuthenticateAsync("dave", "pw", default);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldBe($"the authentication program {slow} did not finish within 1 s.");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_missing_program_makes_the_check_unavailable()
    {
        var result = await Authenticator("/no/such/program %user%").AuthenticateAsync("erin", "pw", default);

        result.Outcome.ShouldBe(ExternalAuthenticationOutcome.Unavailable);
        result.Detail.ShouldNotBeNull().ShouldContain("/no/such/program could not start");
    }

    [Fact]
    public void It_is_configured_only_with_a_command_and_while_switched_on()
    {
        Authenticator("").IsConfigured.ShouldBeFalse();
        Authenticator("/bin/true").IsConfigured.ShouldBeTrue();
        var off = new Fakes(new() { ["auth_plugin"] = "/bin/true" }, enabled: false);
        new ProgramAuthenticator(off, off, NullLogger<ProgramAuthenticator>.Instance).IsConfigured.ShouldBeFalse();
    }

    private static ProgramAuthenticator Authenticator(string command)
    {
        var fakes = new Fakes(new() { ["auth_plugin"] = command });
        return new ProgramAuthenticator(fakes, fakes, NullLogger<ProgramAuthenticator>.Instance);
    }

    public void Dispose() => _scripts.Dispose();
}
