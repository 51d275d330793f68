using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Data;
using NodePoint.Host.Components;
using NodePoint.Host.Data;
using NodePoint.Host.Jobs;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host;

/// <summary>
/// Work done once before the host serves: prepare the database file, apply the host's and then every module's
/// migrations in dependency order, load the settings, schedule recurring jobs, and print where things are.
/// A module whose migrations fail is switched off with the reason shown under Settings → Components.
/// </summary>
internal sealed class HostStartup(
    IServiceProvider services, HostPaths paths, ComponentRegistry registry, SettingsStore settings,
    SetupGate setupGate, ILogger<HostStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("NodePoint data folder: {DataFolder}", paths.DataFolder);
        registry.Report(logger);
        new SqliteModuleDatabase(paths).PrepareFile();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync(cancellationToken);
            await MigrateModulesAsync(scope.ServiceProvider, cancellationToken);
        }
        await settings.LoadAsync(cancellationToken);
        services.GetRequiredService<RecurringJobScheduler>().Synchronise();
        if (!settings.IsConfigured)
            logger.LogWarning("NodePoint is not configured yet. Open /setup from this machine, or from elsewhere with /setup?token={Token}", setupGate.Token);
    }

    private async Task MigrateModulesAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var contexts = scoped.GetRequiredService<IEnumerable<ModuleDbContextRegistration>>().ToList();
        foreach (var component in registry.Started)
        {
            foreach (var registration in contexts.Where(r => r.Slug == component.Slug))
            {
                try
                {
                    var context = (DbContext)scoped.GetRequiredService(registration.ContextType);
                    await context.Database.MigrateAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    component.Failed($"its database migration failed: {ex.GetBaseException().Message}");
                    logger.LogError(ex, "Migrations of {Component} failed; the component is off", component.Slug);
                }
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
