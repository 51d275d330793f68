using Shouldly;

namespace NodePoint.ExternalPrograms.Tests;

public class ProgramCommandTests
{
    private static readonly string[] NotificationVariables = ["user", "title", "message"];

    [Fact]
    public void Splits_the_line_once_into_words()
    {
        ProgramCommand.TryParse("/usr/local/bin/notify --to=%user% 'the %title%'", NotificationVariables, out var command, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        command.Words.ShouldBe(["/usr/local/bin/notify", "--to=%user%", "the %title%"]);
        command.Program.ShouldBe("/usr/local/bin/notify");
    }

    [Theory]
    [InlineData("notify 'oops", "has an unclosed single quote.")]
    [InlineData("notify \"oops", "has an unclosed double quote.")]
    [InlineData("  ", "names no program.")]
    [InlineData("notify %foo%", "uses the unknown variable %foo%; allowed: %user%, %title%, %message%.")]
    [InlineData("notify --text=%message%%pass%", "uses the unknown variable %pass%; allowed: %user%, %title%, %message%.")]
    [InlineData("%user%", "must not use a variable in the program name.")]
    [InlineData("/opt/%title%/run %user%", "must not use a variable in the program name.")]
    public void Refuses_a_line_it_cannot_run_safely(string line, string message)
    {
        ProgramCommand.TryParse(line, NotificationVariables, out var command, out var error).ShouldBeFalse();

        command.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void Says_when_a_program_takes_no_variables()
    {
        ProgramCommand.TryParse("backup %user%", [], out _, out var error).ShouldBeFalse();

        error.ShouldBe("uses the unknown variable %user%; this program takes no variables.");
    }

    [Theory]
    [InlineData("100%")]
    [InlineData("%%")]
    [InlineData("50%-75%")]
    [InlineData("%USER%")]
    [InlineData("%20")]
    public void Percent_signs_that_are_not_variables_stay_literal(string argument)
    {
        ProgramCommand.TryParse($"notify '{argument}'", NotificationVariables, out var command, out _).ShouldBeTrue();

        command.StartInfo(new Dictionary<string, string> { ["user"] = "alice" }).ArgumentList.ShouldBe([argument]);
    }

    [Fact]
    public void Starts_the_program_directly_with_one_argument_per_word()
    {
        ProgramCommand.TryParse("notify --to=%user% %title% %message%", NotificationVariables, out var command, out _).ShouldBeTrue();

        var start = command.StartInfo(new Dictionary<string, string> { ["user"] = "bob", ["title"] = "Disk full; rm -rf /", ["message"] = "" });

        start.FileName.ShouldBe("notify");
        start.UseShellExecute.ShouldBeFalse();
        start.Arguments.ShouldBeEmpty();
        start.ArgumentList.ShouldBe(["--to=bob", "Disk full; rm -rf /", ""]);
        start.RedirectStandardInput.ShouldBeTrue();
        start.RedirectStandardOutput.ShouldBeTrue();
        start.RedirectStandardError.ShouldBeTrue();
    }

    [Fact]
    public void Replaces_variables_in_one_pass()
    {
        ProgramCommand.TryParse("notify %user%:%title% %message%", NotificationVariables, out var command, out _).ShouldBeTrue();

        var start = command.StartInfo(new Dictionary<string, string> { ["user"] = "%title%", ["title"] = "%message%", ["message"] = "%user%" });

        start.ArgumentList.ShouldBe(["%title%:%message%", "%user%"]);
    }

    [Fact]
    public void NUL_characters_are_dropped_rather_than_cutting_the_argument()
    {
        ProgramCommand.TryParse("notify %message%", NotificationVariables, out var command, out _).ShouldBeTrue();

        command.StartInfo(new Dictionary<string, string> { ["message"] = "before\0after" }).ArgumentList.ShouldBe(["beforeafter"]);
    }

    [Fact]
    public void A_variable_without_a_value_becomes_empty()
    {
        ProgramCommand.TryParse("notify [%user%]", NotificationVariables, out var command, out _).ShouldBeTrue();

        command.StartInfo(new Dictionary<string, string>()).ArgumentList.ShouldBe(["[]"]);
    }
}
