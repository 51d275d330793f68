using NodePoint.Abstractions.Settings;
using Shouldly;

namespace NodePoint.Plugins.AuthProgram.Tests;

public class AuthProgramSettingsTests
{
    // The host puts the field's label in front of the rule's message: "Authentication program has an unclosed single quote."
    [Theory]
    [InlineData("check 'oops", "has an unclosed single quote.")]
    [InlineData("check %user% %password%", "uses the unknown variable %password%; allowed: %user%, %pass%.")]
    [InlineData("%user% --check", "must not use a variable in the program name.")]
    public void The_setting_refuses_a_line_that_cannot_be_run_when_saved(string line, string message)
    {
        var setting = new AuthProgramPlugin().Settings.Single(s => s.Key == "auth_plugin");

        setting.Validate!(line).ShouldBe(message);
        setting.Kind.ShouldBe(SettingKind.Text);
    }

    [Fact]
    public void The_setting_accepts_the_user_and_password_variables()
    {
        var setting = new AuthProgramPlugin().Settings.Single(s => s.Key == "auth_plugin");

        setting.Validate!("check %user% --password=%pass%").ShouldBeNull();
    }
}
