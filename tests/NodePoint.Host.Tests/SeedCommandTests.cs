using Microsoft.Data.Sqlite;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class SeedCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("nodepoint-seed-").FullName;

    [Fact]
    public async Task Fills_a_new_data_folder_that_the_host_then_serves_and_searches()
    {
        var result = await HostProcess.RunAsync("seed", "--tickets", "300", "--users", "40", "--projects", "4", "--comments", "3", "--data", _data);

        result.ExitCode.ShouldBe(0, result.Errors);
        result.Output.ShouldContain("Seeded " + _data);
        result.Output.ShouldContain("300/300");
        Scalar("SELECT count(*) FROM tickets_ticket").ShouldBe(300);
        Scalar("SELECT count(*) FROM accounts_user").ShouldBe(40);
        Scalar("SELECT count(*) FROM projects_project").ShouldBe(4);
        Scalar("SELECT count(*) FROM projects_release").ShouldBe(12);
        Scalar("SELECT count(*) FROM tickets_comment").ShouldBeInRange(600, 1200);
        Scalar("SELECT count(*) FROM tickets_ticket WHERE ProjectId NOT IN (SELECT Id FROM projects_project)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_ticket t WHERE t.Release NOT IN (SELECT Version FROM projects_release r WHERE r.ProjectId = t.ProjectId)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_comment WHERE TicketId NOT IN (SELECT Id FROM tickets_ticket)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_ticket WHERE NormalizedCreatedBy NOT IN (SELECT NormalizedName FROM accounts_user)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_assignee WHERE NormalizedUserName NOT IN (SELECT NormalizedName FROM accounts_user)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_follower WHERE NormalizedUserName NOT IN (SELECT NormalizedName FROM accounts_user)").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_ticket WHERE Status > 1 AND Resolution = ''").ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_fts").ShouldBe(300);

        using var host = new TestHost(_data);
        var agent = host.Browser();
        await FirstRun.LogInAsync(agent, "agent", "seed-pass-1");
        (await agent.TextAsync("/")).ShouldContain("Tickets assigned to you");
        var search = await agent.TextAsync("/tickets?q=printer");
        search.ShouldContain("<mark>");
        var matches = Scalar("SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH 'printer'");
        matches.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_demo_set_is_small_and_the_same_seed_gives_the_same_data()
    {
        var other = Directory.CreateTempSubdirectory("nodepoint-seed-").FullName;
        try
        {
            (await HostProcess.RunAsync("seed", "--demo", "--data", _data)).ExitCode.ShouldBe(0);
            (await HostProcess.RunAsync("seed", "--demo", "--data", other)).ExitCode.ShouldBe(0);

            Scalar("SELECT count(*) FROM tickets_ticket").ShouldBe(60);
            Scalar("SELECT count(*) FROM accounts_user").ShouldBe(12);
            Scalar("SELECT count(*) FROM projects_project").ShouldBe(3);
            Text("SELECT group_concat(Title, '|') FROM tickets_ticket").ShouldBe(Text("SELECT group_concat(Title, '|') FROM tickets_ticket", other));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(other, recursive: true);
        }
    }

    [Theory]
    [InlineData("--tickets must be a whole number from 0 to 10,000,000; got '-5'.", "--tickets", "-5")]
    [InlineData("--tickets must be a whole number from 0 to 10,000,000; got '99999999999'.", "--tickets", "99999999999")]
    [InlineData("--users must be a whole number from 1 to 1,000,000; got 'many'.", "--users", "many")]
    [InlineData("--projects must be a whole number from 1 to 10,000; got '0'.", "--projects", "0")]
    [InlineData("--comments must be a whole number from 0 to 20; got '2.5'.", "--comments", "2.5")]
    [InlineData("Unknown option '--colour'.", "--colour", "red")]
    [InlineData("Option '--tickets' needs a value.", "--tickets")]
    public async Task Bad_arguments_get_a_clear_message_and_change_nothing(string message, params string[] arguments)
    {
        var result = await HostProcess.RunAsync(["seed", .. arguments, "--data", _data]);

        result.ExitCode.ShouldBe(2);
        result.Errors.ShouldContain(message);
        Directory.EnumerateFileSystemEntries(_data).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_with_data_is_replaced_only_with_force()
    {
        (await HostProcess.RunAsync("seed", "--demo", "--data", _data)).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(_data, "notes.txt"), "mine");

        var refused = await HostProcess.RunAsync("seed", "--tickets", "5", "--data", _data);
        refused.ExitCode.ShouldBe(2);
        refused.Errors.ShouldContain($"The data folder {_data} is not empty.");
        Scalar("SELECT count(*) FROM tickets_ticket").ShouldBe(60);

        SqliteConnection.ClearAllPools();
        (await HostProcess.RunAsync("seed", "--tickets", "5", "--data", _data, "--force")).ExitCode.ShouldBe(0);
        Scalar("SELECT count(*) FROM tickets_ticket").ShouldBe(5);
        File.ReadAllText(Path.Combine(_data, "notes.txt")).ShouldBe("mine");
    }

    private long Scalar(string sql) => Convert.ToInt64(Query(sql, _data));

    private string Text(string sql, string? folder = null) => Convert.ToString(Query(sql, folder ?? _data))!;

    private static object? Query(string sql, string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "nodepoint.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
