using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Components;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Shell;

/// <summary>What the layout needs for the current request: site options, the menu, and the panels and field types of enabled components.</summary>
internal sealed class ShellModel(SettingsStore settings, ComponentCatalog components, ICurrentUser user, ISiteTime time) : IExtensionCatalog
{
    private static readonly string[] ThemeClasses = ["primary", "secondary", "success", "info", "warning", "danger"];

    public ICurrentUser User => user;
    public bool IsConfigured => settings.IsConfigured;
    public string SiteName => settings.Get(CoreSettings.SiteName);
    public string Notice => settings.Get(CoreSettings.Notice);
    public string? Stylesheet => NullIfEmpty(settings.Get(CoreSettings.Stylesheet));
    public string Favicon => NullIfEmpty(settings.Get(CoreSettings.Favicon)) ?? "/favicon.svg";
    public string Theme => ThemeClasses[Math.Clamp(((NodePoint.Abstractions.Settings.ISettings)settings).GetInt(CoreSettings.ThemeColor), 0, ThemeClasses.Length - 1)];
    public string Version => typeof(ShellModel).Assembly.GetName().Version?.ToString(3) ?? "";

    public IReadOnlyList<NavigationEntry> Navigation =>
        components.Enabled.SelectMany(c => c.Manifest.Navigation)
            .Where(e => user.Level >= e.MinimumLevel)
            .OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.CurrentCulture)
            .ToList();

    public IReadOnlyList<Panel> HomePanels => Visible(c => c.Manifest.HomePanels);

    public IReadOnlyList<Panel> SettingsPanels => Visible(c => c.Manifest.SettingsPanels);

    public IReadOnlyList<Panel> ProjectPanels => Visible(c => c.Manifest.ProjectPanels);

    public IReadOnlyList<CustomFieldType> CustomFieldTypes => components.Enabled.SelectMany(c => c.Manifest.CustomFieldTypes).ToList();

    private List<Panel> Visible(Func<LoadedComponent, IReadOnlyList<Panel>> panels) =>
        components.Enabled.SelectMany(panels).Where(p => user.Level >= p.MinimumLevel).OrderBy(p => p.Order).ToList();

    /// <summary>An instant stored in UTC, shown in the site's time zone.</summary>
    public string Show(DateTime utc) => time.Show(utc);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
