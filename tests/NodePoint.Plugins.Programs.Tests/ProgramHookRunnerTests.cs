using Shouldly;

using NodePoint.Testing;

namespace NodePoint.Plugins.Programs.Tests;

public class ProgramHookRunnerTests : IDisposable
{
    private readonly Scripts _scripts = new();

    [Fact]
    public async Task Runs_the_hook_with_its_values_as_separate_arguments()
    {
        var fakes = new Fakes(new() { ["newticket_plugin"] = $"{_scripts.Recorder()} %ticket% --by=%user% %title% %description% %product% %release%" });
        var marker = _scripts.PathOf("marker");
        var values = new Dictionary<string, string>
        {
            ["ticket"] = "12", ["user"] = "guest", ["title"] = $"Hello $(touch {marker}) `touch {marker}`",
            ["description"] = $"a; rm -rf b\n\"quoted\" 'single' && touch {marker}", ["product"] = "3", ["release"] = "1.0 beta",
        };

        var result = await new ProgramHookRunner(fakes, fakes).RunAsync("newticket_plugin", values, TestContext.Current.CancellationToken);

        result.ShouldNotBeNull().ExitCode.ShouldBe(0);
        _scripts.RecordedArguments().ShouldBe(["12", "--by=guest", values["title"], values["description"], "3", "1.0 beta"]);
        File.Exists(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task Runs_nothing_when_the_hook_is_empty_or_the_plugin_is_off()
    {
        var record = _scripts.Recorder();
        var empty = new Fakes(new() { ["ext_plugin"] = "  " });
        var off = new Fakes(new() { ["ext_plugin"] = record }, enabled: false);

        (await new ProgramHookRunner(empty, empty).RunAsync("ext_plugin", new Dictionary<string, string>(), TestContext.Current.CancellationToken)).ShouldBeNull();
        (await new ProgramHookRunner(off, off).RunAsync("ext_plugin", new Dictionary<string, string>(), TestContext.Current.CancellationToken)).ShouldBeNull();
        new ProgramHookRunner(off, off).IsOn("ext_plugin").ShouldBeFalse();
        File.Exists(_scripts.PathOf("args")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_setting_that_no_longer_parses_is_reported_not_run()
    {
        var fakes = new Fakes(new() { ["checkout_plugin"] = $"{_scripts.Recorder()} %serial% %secret%" });

        var result = await new ProgramHookRunner(fakes, fakes).RunAsync("checkout_plugin", new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        result.ShouldNotBeNull().Describe().ShouldBe("the checkout program could not start: its setting uses the unknown variable %secret%; allowed: %user%, %serial%.");
        File.Exists(_scripts.PathOf("args")).ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_a_hook_that_does_not_exist()
    {
        var fakes = new Fakes([]);

        await Should.ThrowAsync<ArgumentException>(() => new ProgramHookRunner(fakes, fakes).RunAsync("auth_plugin", new Dictionary<string, string>(), TestContext.Current.CancellationToken));
    }

    public void Dispose() => _scripts.Dispose();
}
