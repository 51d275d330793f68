using NodePoint.Abstractions.Settings;
using Shouldly;

namespace NodePoint.Plugins.Programs.Tests;

public class ProgramsSettingsTests
{
    private static readonly IReadOnlyList<SettingDefinition> Settings = new ProgramsPlugin().Settings;

    [Fact]
    public void Is_an_optional_component_named_programs()
    {
        var plugin = new ProgramsPlugin();

        plugin.Slug.ShouldBe("programs");
        plugin.Name.ShouldBe("External programs");
        plugin.AlwaysOn.ShouldBeFalse();
    }

    [Fact]
    public void Offers_one_command_line_per_hook_and_a_time_limit()
    {
        Settings.Select(s => (s.Key, s.Label)).ShouldBe(
        [
            ("ext_plugin", "Notification program"),
            ("checkout_plugin", "Checkout program"),
            ("task_plugin", "Task completion program"),
            ("newticket_plugin", "New ticket program"),
            ("ticket_plugin", "Ticket resolution program"),
            ("programs_timeout", "Time limit"),
        ]);
        Settings.Take(5).ShouldAllBe(s => s.Kind == SettingKind.Text && s.MaxLength == 1_000 && s.DefaultValue == "" && !s.Required);
        var limit = Settings.Single(s => s.Key == "programs_timeout");
        (limit.Kind, limit.DefaultValue, limit.Minimum, limit.Maximum).ShouldBe((SettingKind.Integer, "30", 1, 300));
    }

    [Theory]
    [InlineData("ext_plugin", "%user% (the recipient's name), %title% (the subject), %message% (the text)")]
    [InlineData("checkout_plugin", "%user% (who receives the item), %serial% (the item's serial number)")]
    [InlineData("task_plugin", "%user% (the assignee), %task% (the task's description), %product% (the product's id), %due% (the due date)")]
    [InlineData("newticket_plugin", "%ticket% (the ticket's number), %user% (who filed it), %title% (its title), %description% (its description), %product% (the product's id), %release% (the release)")]
    [InlineData("ticket_plugin", "%ticket% (the ticket's number), %status% (its new status), %resolution% (its resolution), %user% (who updated it), %client% (the billable client's name, or empty)")]
    public void The_help_lists_the_variables_and_gives_an_example_that_is_valid(string key, string variables)
    {
        var setting = Settings.Single(s => s.Key == key);

        setting.Help.ShouldContain("Variables: " + variables + ". Example: ");
        setting.Help.ShouldContain("without a shell");
        var example = setting.Help.Split("Example: ")[1].Split(". Leave empty")[0];
        setting.Validate!(example).ShouldBeNull();
    }

    [Theory]
    [InlineData("ext_plugin", "notify 'oops", "has an unclosed single quote.")]
    [InlineData("ticket_plugin", "log \"%status%", "has an unclosed double quote.")]
    [InlineData("ext_plugin", "notify %user% %body%", "uses the unknown variable %body%; allowed: %user%, %title%, %message%.")]
    [InlineData("checkout_plugin", "item-out %serial% %title%", "uses the unknown variable %title%; allowed: %user%, %serial%.")]
    [InlineData("task_plugin", "done --at=%time%", "uses the unknown variable %time%; allowed: %user%, %task%, %product%, %due%.")]
    [InlineData("newticket_plugin", "/opt/hooks/%product%.sh %ticket%", "must not use a variable in the program name.")]
    [InlineData("ticket_plugin", "%client% %ticket%", "must not use a variable in the program name.")]
    public void Refuses_a_command_line_it_cannot_run_safely(string key, string value, string message)
    {
        Settings.Single(s => s.Key == key).Validate!(value).ShouldBe(message);
    }

    [Theory]
    [InlineData("ext_plugin", "")]
    [InlineData("ext_plugin", "   ")]
    [InlineData("ext_plugin", "/usr/bin/logger -t nodepoint 'to %user%: %title%' 100%")]
    [InlineData("checkout_plugin", "item-out --serial=%serial% %user%")]
    [InlineData("task_plugin", "done %user% %task% %product% %due%")]
    [InlineData("newticket_plugin", "new %ticket% %user% %title% %description% %product% %release%")]
    [InlineData("ticket_plugin", "updated %ticket% %status% %resolution% %user% %client%")]
    public void Accepts_an_empty_hook_or_one_using_its_variables(string key, string value)
    {
        Settings.Single(s => s.Key == key).Validate!(value).ShouldBeNull();
    }
}
