namespace NodePoint.Host.Cli;

/// <summary>The subcommands of <c>NodePoint.Host</c> for unattended operation.</summary>
internal static class HostCommands
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static bool Handles(string firstArgument) => firstArgument is "setup" or "seed" or "help" or "--help";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors) => args[0] switch
    {
        "setup" => SetupCommand.RunAsync(args[1..], output, errors),
        "seed" => SeedCommand.RunAsync(args[1..], output, errors),
        _ => Task.FromResult(Help(output)),
    };

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            NodePoint.Host                      start the web host (options: --data <folder>, --urls <address>)
            NodePoint.Host setup --admin-name <name> --admin-password <password>
                               [--site-name <name>] [--read-key <key>] [--write-key <key>] [--data <folder>]
                                                first-time configuration without a browser
            NodePoint.Host seed [--demo] [--tickets <n>] [--users <n>] [--projects <n>] [--comments <per ticket>]
                                [--random-seed <n>] [--admin-password <password>] [--data <folder>] [--force]
                                                configure a new data folder and fill it with realistic data
                                                (--demo: 12 users, 3 projects, 60 tickets)
            """);
        return Success;
    }
}
