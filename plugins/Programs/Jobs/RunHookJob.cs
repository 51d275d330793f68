using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Jobs;

namespace NodePoint.Plugins.Programs.Jobs;

/// <summary>
/// Runs a hook's program for one event, as a job: the result (exit code and output) goes to the log; a program that
/// cannot start or overruns fails the job, which the job server retries a few times and then shows as failed.
/// </summary>
internal sealed class RunHookJob(ProgramHookRunner runner, ILogger<RunHookJob> logger) : IJob<HookRun>, IReportingJob
{
    public string? Report { get; private set; }

    public async Task RunAsync(HookRun run, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(run.Hook, run.Values, cancellationToken);
        if (result is null)
        {
            logger.LogInformation("Program hook {Hook} not run: switched off since the event", run.Hook);
            Report = "not run: the hook was switched off";
            return;
        }
        logger.LogInformation("Program hook {Hook}: {Result}; output: {Output} {Errors}", run.Hook, result.Describe(), result.Output, result.Errors);
        Report = $"{result.Describe()}\noutput: {result.Output}\nerrors: {result.Errors}";
        if (result.StartError is not null || result.TimedOut)
            throw new InvalidOperationException(result.Describe());
    }
}
