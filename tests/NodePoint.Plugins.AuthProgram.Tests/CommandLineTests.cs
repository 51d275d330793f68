using NodePoint.Abstractions.Settings;
using Shouldly;

namespace NodePoint.Plugins.AuthProgram.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("/usr/bin/check %user% %pass%", new[] { "/usr/bin/check", "%user%", "%pass%" })]
    [InlineData("  python3   'auth tool.py'  -u \"%user%\" ", new[] { "python3", "auth tool.py", "-u", "%user%" })]
    [InlineData("prog \"say \\\"hi\\\"\" it\\'s", new[] { "prog", "say \"hi\"", "it's" })]
    [InlineData("prog '' \"\"", new[] { "prog", "", "" })]
    [InlineData("prog $(id) ;rm", new[] { "prog", "$(id)", ";rm" })]
    public void Splits_like_a_shell_without_running_one(string line, string[] expected)
    {
        CommandLine.Split(line, out var error).ShouldBe(expected);
        error.ShouldBeNull();
    }

    [Theory]
    [InlineData("prog 'unclosed", "has an unclosed single quote.")]
    [InlineData("prog \"unclosed", "has an unclosed double quote.")]
    [InlineData("   ", "names no program.")]
    public void Refuses_what_cannot_be_split(string line, string message)
    {
        CommandLine.Split(line, out var error).ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void The_setting_refuses_a_line_that_cannot_be_split_when_saved()
    {
        var setting = new AuthProgramPlugin().Settings.Single(s => s.Key == "auth_plugin");

        setting.Validate!("check 'oops").ShouldBe("Authentication program has an unclosed single quote.");
        setting.Validate!("check %user% %pass%").ShouldBeNull();
        setting.Kind.ShouldBe(SettingKind.Text);
    }
}
