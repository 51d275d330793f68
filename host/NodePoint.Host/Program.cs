using NodePoint.Host;
using NodePoint.Host.Cli;

if (args.Length > 0 && HostCommands.Handles(args[0]))
    return await HostCommands.RunAsync(args, Console.Out, Console.Error);

var app = NodePointWebHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so end-to-end tests can start the real host.</summary>
public partial class Program;
