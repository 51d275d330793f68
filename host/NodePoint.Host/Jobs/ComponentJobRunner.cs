using System.Text.Json;
using NodePoint.Abstractions.Jobs;
using NodePoint.Host.Components;

namespace NodePoint.Host.Jobs;

/// <summary>
/// What the job server runs for a module's queued job: the stored job holds only names and JSON, so nothing depends on
/// loading module types by name; the runner finds the type in the loaded component, skips it while the component is
/// off, resolves it from the container and runs it with its arguments.
/// </summary>
internal sealed class ComponentJobRunner(ComponentCatalog catalog, IServiceProvider services, ILogger<ComponentJobRunner> logger)
{
    [Hangfire.AutomaticRetry(Attempts = 3)]
    /// <summary>Runs the job; its report (if it gives one) is the result the jobs dashboard shows.</summary>
    public async Task<string?> RunAsync(string assemblyName, string typeName, string argumentsJson, CancellationToken cancellationToken)
    {
        var component = catalog.Registry.OwnerOfAssemblyNamed(assemblyName);
        var type = component?.Assembly!.GetType(typeName);
        var contract = type?.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJob<>));
        if (component is null || type is null || contract is null)
        {
            logger.LogWarning("Job {Type} skipped: no installed component holds it", typeName);
            return "skipped: no installed component holds this job";
        }
        if (!catalog.IsEnabled(component))
        {
            logger.LogInformation("Job {Type} skipped: component {Component} is disabled", typeName, component.Slug);
            return $"skipped: component {component.Slug} is switched off";
        }
        var arguments = JsonSerializer.Deserialize(argumentsJson, contract.GetGenericArguments()[0]);
        var job = services.GetRequiredService(type);
        await (Task)contract.GetMethod(nameof(IJob<object>.RunAsync))!.Invoke(job, [arguments, cancellationToken])!;
        return (job as IReportingJob)?.Report;
    }
}
