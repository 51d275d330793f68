using Autofac;
using Autofac.Extensions.DependencyInjection;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.FileProviders;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Api;
using NodePoint.Host.Audit;
using NodePoint.Host.Components;
using NodePoint.Host.Data;
using NodePoint.Host.Events;
using NodePoint.Host.Jobs;
using NodePoint.Host.LegacyApi;
using NodePoint.Host.Notifications;
using NodePoint.Host.Security;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;
using NodePoint.Host.Shell;

namespace NodePoint.Host;

/// <summary>The composition root: discovers the components, wires the container, and builds the request pipeline.</summary>
internal static class NodePointWebHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Hangfire", LogLevel.Warning);
        var paths = HostPaths.From(builder.Configuration);
        paths.EnsureDataFolder();

        var registry = new ComponentRegistry(ComponentDiscovery.Discover(paths.ComponentsRoot));

        AddServices(builder.Services, paths, registry, builder.Configuration);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterType<EventBus>().As<IEventBus>().InstancePerLifetimeScope();
            registry.ConfigureServices(container);
        });

        var app = builder.Build();
        ConfigurePipeline(app, registry);
        return app;
    }

    private static void AddServices(IServiceCollection services, HostPaths paths, ComponentRegistry registry, IConfiguration configuration)
    {
        services.AddSingleton(paths);
        services.AddSingleton(_ => registry); // a factory, so the container disposes it with the host
        services.AddSingleton(SettingsCatalog.For(registry));
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ISettings>(sp => sp.GetRequiredService<SettingsStore>());
        services.AddSingleton<ComponentCatalog>();
        services.AddSingleton<IComponentCatalog>(sp => sp.GetRequiredService<ComponentCatalog>());
        services.AddSingleton<SetupGate>();
        services.AddSingleton<AdminSignIn>();
        services.AddSingleton<IAdminAccount>(sp => sp.GetRequiredService<AdminSignIn>());
        services.AddScoped<NotificationPipeline>();
        services.AddScoped<INotifier>(sp => sp.GetRequiredService<NotificationPipeline>());
        services.AddSingleton<NotificationRenderer>();
        services.AddSingleton(sp => NotificationRetryPolicy.From(configuration, sp.GetRequiredService<IBackgroundJobClient>()));
        services.AddScoped<DeliverNotificationJob>();
        services.AddScoped<FanOutNotificationJob>();
        services.AddSingleton<IModuleDatabase>(new SqliteModuleDatabase(paths));
        services.AddDbContext<HostDbContext>((sp, options) => sp.GetRequiredService<IModuleDatabase>().Configure(options, HostDbContext.Slug));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<SetupService>();
        services.AddScoped<ShellModel>();
        services.AddScoped<IExtensionCatalog>(provider => provider.GetRequiredService<ShellModel>());
        services.AddSingleton<PanelRenderer>();
        services.AddSingleton<IPanelRenderer>(sp => sp.GetRequiredService<PanelRenderer>());
        services.AddSingleton<ISiteTime, SiteTime>();
        services.AddSingleton<IUploadStore, UploadStore>();
        services.AddHostedService<HostStartup>();
        services.AddHealthChecks();
        services.AddLegacyApi();

        services.AddDataProtection().SetApplicationName("NodePoint").PersistKeysToFileSystem(new DirectoryInfo(paths.KeysFolder));

        services.AddScoped<SessionValidation>();
        services.AddAuthentication(ApiTokenAuthentication.CookieOrToken)
            .AddPolicyScheme(ApiTokenAuthentication.CookieOrToken, "Session cookie or API token", options => options.ForwardDefaultSelector = ApiTokenAuthentication.Select)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.TokenScheme, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = "NodePoint.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.EventsType = typeof(SessionValidation);
        });
        services.AddSingleton<IAuthorizationPolicyProvider, LevelPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, LevelRequirementHandler>();
        services.AddAuthorization();
        services.AddRestApi();

        services.AddRazorPages(options => options.Conventions.Add(new ComponentPageConvention(registry)))
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var assembly in registry.Started.Select(c => c.Assembly!))
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                        parts.ApplicationParts.Add(part);
            });

        AddJobs(services, paths, configuration);
    }

    private static void AddJobs(IServiceCollection services, HostPaths paths, IConfiguration configuration)
    {
        var pollSeconds = configuration.GetValue("NodePoint:JobPollSeconds", 5.0);
        // Our own storage instance instead of the global one, so several hosts in one process (tests) never share it.
        // Created on first use, after Hangfire's configuration (and its logging) is applied for this host.
        services.AddSingleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>();
            return new SQLiteStorage(paths.JobsDatabase, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(pollSeconds) });
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<RecurringJobScheduler>();
        services.AddScoped<RecurringJobRunner>();
        services.AddScoped<ComponentJobRunner>();
        services.AddSingleton<IJobQueue, JobQueue>();
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount * 2));
    }

    private static void ConfigurePipeline(WebApplication app, ComponentRegistry registry)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // The host's own files are served from beside the binary, wherever the host is started from.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")) });
        foreach (var component in registry.Started)
        {
            var webRoot = Path.Combine(Path.GetDirectoryName(component.Assembly!.Location)!, "wwwroot");
            if (Directory.Exists(webRoot))
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot), RequestPath = "/_content/" + component.Assembly.GetName().Name });
        }
        app.UseRouting();
        app.UseMiddleware<SetupRedirectMiddleware>();
        app.UseLegacyApiWithoutSession();
        app.UseAuthentication();
        app.UseMiddleware<ComponentGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRestApi();

        app.MapRazorPages();
        app.MapLegacyApi();
        app.MapRestApi();
        app.MapHealthChecks("/health").WithMetadata(new RequiredLevel(AccessLevel.Guest));
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "NodePoint jobs",
            AppPath = "/settings",
        });
        foreach (var component in registry.Started)
        {
            try
            {
                component.Module!.MapEndpoints(app.MapGroup("").WithMetadata(new ComponentEndpoint(component.Slug)));
            }
            catch (Exception ex)
            {
                component.Failed($"mapping its endpoints failed: {ex.GetBaseException().Message}");
            }
        }
    }
}
