using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Components;

/// <summary>
/// What a module declares, read once when it loads: a module whose declarations throw is skipped at start
/// instead of breaking every page later, and requests never call into module getters.
/// </summary>
internal sealed record ComponentManifest(
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<SettingDefinition> Settings,
    IReadOnlyList<NavigationEntry> Navigation,
    IReadOnlyList<Panel> HomePanels,
    IReadOnlyList<Panel> SettingsPanels,
    IReadOnlyList<Panel> ProjectPanels,
    IReadOnlyList<CustomFieldType> CustomFieldTypes,
    IReadOnlyList<LegacyApiCall> LegacyApiCalls,
    IReadOnlyList<RecurringJobDefinition> RecurringJobs)
{
    public static readonly ComponentManifest Empty = new([], [], [], [], [], [], [], [], []);

    public static ComponentManifest Read(NodePointModule module) => new(
        [.. module.Dependencies], [.. module.Settings], [.. module.Navigation], [.. module.HomePanels], [.. module.SettingsPanels], [.. module.ProjectPanels],
        [.. module.CustomFieldTypes], [.. module.LegacyApiCalls], [.. module.RecurringJobs]);
}
