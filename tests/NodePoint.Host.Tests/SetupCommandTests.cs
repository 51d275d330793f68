using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class SetupCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("nodepoint-cli-").FullName;

    [Fact]
    public async Task Configures_an_instance_that_the_host_then_serves()
    {
        var result = await HostProcess.RunAsync("setup", "--admin-name", "root-admin", "--admin-password", "correct horse",
            "--site-name", "Night Desk", "--read-key", FirstRun.ReadKey, "--write-key", FirstRun.WriteKey, "--data", _data);

        result.ExitCode.ShouldBe(0, result.Errors);
        result.Output.ShouldContain("NodePoint is configured. Data folder: " + _data);
        result.Output.ShouldContain(FirstRun.ReadKey);

        using var host = new TestHost(_data);
        var client = host.Browser();
        (await client.TextAsync("/")).ShouldContain("<title>Home - Night Desk</title>");
        await FirstRun.LogInAsync(client, "root-admin", "correct horse");
        (await client.TextAsync("/settings")).ShouldContain(FirstRun.WriteKey);
        (await client.TextAsync("/settings/audit")).ShouldContain("Setup completed; admin account 'root-admin'.");
    }

    [Fact]
    public async Task A_second_setup_is_refused()
    {
        (await HostProcess.RunAsync("setup", "--admin-name", "first", "--admin-password", "secret1", "--data", _data)).ExitCode.ShouldBe(0);

        var again = await HostProcess.RunAsync("setup", "--admin-name", "second", "--admin-password", "secret2", "--data", _data);

        again.ExitCode.ShouldBe(1);
        again.Errors.ShouldContain("NodePoint is already configured");
    }

    [Theory]
    [InlineData("Admin password must be at least 6 characters.", "--admin-name", "boss", "--admin-password", "12345")]
    [InlineData("Admin name is required.", "--admin-name", "", "--admin-password", "secret1")]
    [InlineData("Admin name must be 3 to 20 letters", "--admin-name", "a b", "--admin-password", "secret1")]
    [InlineData("Admin name 'api' is reserved.", "--admin-name", "api", "--admin-password", "secret1")]
    [InlineData("Both --admin-name and --admin-password are required.", "--admin-name", "boss")]
    [InlineData("Unknown option '--colour'.", "--admin-name", "boss", "--admin-password", "secret1", "--colour", "red")]
    [InlineData("Option '--site-name' needs a value.", "--admin-name", "boss", "--admin-password", "secret1", "--site-name")]
    [InlineData("API read key must be 16 to 64 letters and digits.", "--admin-name", "boss", "--admin-password", "secret1", "--read-key", "short")]
    [InlineData("API write key must differ from the read key.", "--admin-name", "boss", "--admin-password", "secret1", "--read-key", FirstRun.ReadKey, "--write-key", FirstRun.ReadKey)]
    public async Task Bad_input_gets_a_clear_message_and_a_non_zero_exit_code(string message, params string[] options)
    {
        var result = await HostProcess.RunAsync(["setup", .. options, "--data", _data]);

        result.ExitCode.ShouldBe(2);
        result.Errors.ShouldContain(message);
        var retry = await HostProcess.RunAsync("setup", "--admin-name", "boss", "--admin-password", "secret1", "--data", _data);
        retry.ExitCode.ShouldBe(0, "the failed attempt must not have configured anything");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_setup_made_on_the_command_line_while_the_host_runs_cannot_be_overwritten_from_the_page()
    {
        using var host = new TestHost(_data);
        var client = host.Browser();
        (await client.GetAsync("/setup")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        (await HostProcess.RunAsync("setup", "--admin-name", "first", "--admin-password", "secret1", "--data", _data)).ExitCode.ShouldBe(0);
        var response = await client.PostFormAsync("/setup", FirstRun.Fields("Hijacked"));

        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("NodePoint is already configured");
        (await HostProcess.RunAsync("setup", "--admin-name", "third", "--admin-password", "secret3", "--data", _data)).ExitCode.ShouldBe(1);
    }
}
