using Autofac;
using Microsoft.AspNetCore.Routing;
using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Abstractions.Modules;

/// <summary>
/// The manifest and single entry point of a NodePoint component. Each module or plugin assembly holds
/// exactly one public, non-abstract class deriving from this type with a public parameterless constructor.
/// The host reads the manifest, then calls the hooks in this order: <see cref="ConfigureServices"/>
/// while the container is built, <see cref="MapEndpoints"/> once the application is built; the declarative
/// members (settings, navigation, panels, field types, legacy calls, jobs) are read when needed.
/// </summary>
public abstract class NodePointModule
{
    /// <summary>Short lower-case identifier; it starts every URL of the module (<c>/tickets</c>) and prefixes its tables.</summary>
    public abstract string Slug { get; }

    /// <summary>Name shown to people (menus, Settings → Components).</summary>
    public abstract string Name { get; }

    /// <summary>One sentence saying what the component does.</summary>
    public abstract string Description { get; }

    /// <summary>Version shown in Settings; by default the assembly's informational version.</summary>
    public virtual string Version =>
        GetType().Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Slugs of the modules this one needs; the host skips the module when one is missing, and starts dependencies first.</summary>
    public virtual IReadOnlyList<string> Dependencies => [];

    /// <summary>True for components that cannot be switched off (Accounts, Projects).</summary>
    public virtual bool AlwaysOn => false;

    /// <summary>Registers the module's services. Use <see cref="Data.ModuleDataExtensions.AddModuleDbContext{TContext}"/> for its database.</summary>
    public virtual void ConfigureServices(ContainerBuilder builder) { }

    /// <summary>Maps minimal-API endpoints. The builder is already tagged with the module, so a disabled module answers 404.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Options the admin edits under Settings, in the module's own section.</summary>
    public virtual IReadOnlyList<SettingDefinition> Settings => [];

    /// <summary>Entries of the main menu.</summary>
    public virtual IReadOnlyList<NavigationEntry> Navigation => [];

    /// <summary>Panels of the home page.</summary>
    public virtual IReadOnlyList<Panel> HomePanels => [];

    /// <summary>Panels of a signed-in user's own settings page (<c>/settings</c>), such as "Your account".</summary>
    public virtual IReadOnlyList<Panel> SettingsPanels => [];

    /// <summary>
    /// Panels of a project's page (releases' tickets, tasks, articles, items): public view components invoked with a
    /// <c>projectId</c> argument.
    /// </summary>
    public virtual IReadOnlyList<Panel> ProjectPanels => [];

    /// <summary>Field types this module adds to custom forms (for example "client" or "item").</summary>
    public virtual IReadOnlyList<CustomFieldType> CustomFieldTypes => [];

    /// <summary>Calls of the NodePoint-compatible <c>?api=</c> interface that this module answers.</summary>
    public virtual IReadOnlyList<LegacyApiCall> LegacyApiCalls => [];

    /// <summary>Recurring jobs; they pause while the module is disabled.</summary>
    public virtual IReadOnlyList<RecurringJobDefinition> RecurringJobs => [];
}
