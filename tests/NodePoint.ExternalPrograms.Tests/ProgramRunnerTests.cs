using System.Diagnostics;
using Shouldly;

using NodePoint.Testing;

namespace NodePoint.ExternalPrograms.Tests;

public class ProgramRunnerTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly Scripts _scripts = new();

    [Theory]
    [InlineData("$(touch MARKER)")]
    [InlineData("`touch MARKER`")]
    [InlineData("a; rm -rf b; touch MARKER")]
    [InlineData("\"quoted\" 'single'")]
    [InlineData("  spaced  out  ")]
    [InlineData("a|b>MARKER && touch MARKER & c\\d")]
    [InlineData("first line\nsecond line; touch MARKER")]
    [InlineData("%title% and %user%")]
    [InlineData("")]
    public async Task Values_reach_the_program_as_one_untouched_argument_each(string template)
    {
        var marker = _scripts.PathOf("marker");
        var value = template.Replace("MARKER", marker);
        var command = Parse($"{_scripts.Recorder()} --title=%title% %message% %user%", "user", "title", "message");

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string> { ["user"] = value, ["title"] = value, ["message"] = value }, Limit, TestContext.Current.CancellationToken);

        result.ExitCode.ShouldBe(0);
        _scripts.RecordedArguments().ShouldBe(["--title=" + value, value, value]);
        File.Exists(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task Reports_the_exit_code_and_what_the_program_wrote()
    {
        var command = Parse(_scripts.Write("fail", "echo 'some output'; echo 'went wrong' >&2; exit 3"));

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        result.ExitCode.ShouldBe(3);
        result.TimedOut.ShouldBeFalse();
        result.StartError.ShouldBeNull();
        result.Output.ShouldBe("some output\n");
        result.Errors.ShouldBe("went wrong\n");
        result.Describe().ShouldBe("exit code 3");
    }

    [Fact]
    public async Task A_program_still_open_for_writing_for_a_moment_starts_once_it_is_closed()
    {
        var path = _scripts.Write("busy", "echo started");
        var command = Parse(path);
        var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite); // exec now fails with "Text file busy"
        var closeSoon = Task.Delay(150).ContinueWith(_ => writer.Dispose());

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), TimeSpan.FromSeconds(10), CancellationToken.None);

        await closeSoon;
        result.StartError.ShouldBeNull();
        result.Output.ShouldBe("started\n");
    }

    [Fact]
    public async Task Standard_input_is_closed()
    {
        var command = Parse(_scripts.Write("reader", "cat; echo read all"));

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe("read all\n");
    }

    [Fact]
    public async Task A_program_that_hangs_is_stopped_at_the_time_limit_with_everything_it_started()
    {
        var command = Parse(_scripts.Write("hang", $"echo $$ > '{_scripts.PathOf("pid")}'; sleep 120 & echo $! > '{_scripts.PathOf("child")}'; echo started; wait"));
        var clock = Stopwatch.StartNew();

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        result.TimedOut.ShouldBeTrue();
        result.ExitCode.ShouldBeNull();
        result.Output.ShouldBe("started\n");
        result.Describe().ShouldBe("stopped after 1 s");
        (await Processes.EndsAsync(Processes.ReadPid(_scripts.PathOf("pid")))).ShouldBeTrue("the program still runs");
        (await Processes.EndsAsync(Processes.ReadPid(_scripts.PathOf("child")))).ShouldBeTrue("the program's child still runs");
    }

    [Fact]
    public async Task Cancelling_stops_the_program()
    {
        var command = Parse(_scripts.Write("hang", $"echo $$ > '{_scripts.PathOf("pid")}'; sleep 120"));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromSeconds(1));

        await Should.ThrowAsync<OperationCanceledException>(() => ProgramRunner.RunAsync(command, new Dictionary<string, string>(), Limit, cancel.Token));

        (await Processes.EndsAsync(Processes.ReadPid(_scripts.PathOf("pid")))).ShouldBeTrue("the program still runs");
    }

    [Fact]
    public async Task A_process_left_running_in_the_background_does_not_hold_the_caller()
    {
        var command = Parse(_scripts.Write("daemon", $"sleep 120 & echo $! > '{_scripts.PathOf("child")}'; echo done"));
        var clock = Stopwatch.StartNew();

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe("done\n");
        Process.GetProcessById(Processes.ReadPid(_scripts.PathOf("child"))).Kill();
    }

    [Fact]
    public async Task A_missing_program_is_reported_not_thrown()
    {
        var command = Parse("/no/such/program %user%", "user");

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string> { ["user"] = "alice" }, Limit, TestContext.Current.CancellationToken);

        result.StartError.ShouldBe("/no/such/program could not start: it was not found.");
        result.Describe().ShouldBe("/no/such/program could not start: it was not found.");
        result.ExitCode.ShouldBeNull();
        result.TimedOut.ShouldBeFalse();
    }

    [Fact]
    public async Task A_program_name_missing_from_the_path_is_reported()
    {
        var result = await ProgramRunner.RunAsync(Parse("nodepoint-no-such-tool"), new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        result.StartError.ShouldBe("nodepoint-no-such-tool could not start: it was not found on the PATH.");
    }

    [Fact]
    public async Task A_file_that_is_not_executable_is_reported()
    {
        var path = _scripts.PathOf("plain.txt");
        await File.WriteAllTextAsync(path, "#!/bin/bash\nexit 0\n", TestContext.Current.CancellationToken);

        var result = await ProgramRunner.RunAsync(Parse(path), new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        result.StartError.ShouldBe($"{path} could not start: permission denied (is it an executable file?).");
    }

    [Fact]
    public async Task Output_is_cut_but_the_program_is_not_blocked()
    {
        var command = Parse(_scripts.Write("chatty", "head -c 200000 /dev/zero | tr '\\0' a; head -c 200000 /dev/zero | tr '\\0' e >&2; exit 0"));

        var result = await ProgramRunner.RunAsync(command, new Dictionary<string, string>(), Limit, TestContext.Current.CancellationToken);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe(new string('a', ProgramRunner.OutputLimit) + "\n[cut]");
        result.Errors.ShouldBe(new string('e', ProgramRunner.OutputLimit) + "\n[cut]");
    }

    private static ProgramCommand Parse(string line, params string[] variables)
    {
        ProgramCommand.TryParse(line, variables, out var command, out var error).ShouldBeTrue(error);
        return command;
    }

    public void Dispose() => _scripts.Dispose();
}
