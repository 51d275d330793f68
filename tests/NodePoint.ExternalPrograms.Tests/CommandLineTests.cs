using Shouldly;

namespace NodePoint.ExternalPrograms.Tests;

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
}
