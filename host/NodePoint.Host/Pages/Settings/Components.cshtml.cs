using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Host.Components;
using NodePoint.Host.Jobs;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Pages.Settings;

/// <summary>Lists every discovered component with its state and load error, and switches toggleable ones.</summary>
[RequireLevel(AccessLevel.Admin)]
internal sealed class SettingsComponentsModel(ComponentCatalog catalog, SettingsStore settings, RecurringJobScheduler jobs, IAuditLog audit) : PageModel
{
    public sealed record Row(string Slug, string Name, string Description, string Kind, string Version, bool AlwaysOn, bool Enabled, string? LoadError);

    public IReadOnlyList<Row> Components { get; private set; } = [];
    public string? Message { get; private set; }

    public void OnGet(string? changed)
    {
        Message = changed is null ? null : $"Component '{changed}' updated.";
        Components = catalog.Registry.All
            .Select(c => new Row(c.Slug, c.Name, c.Description, c.Kind.ToString(), c.Version, c.AlwaysOn, catalog.IsEnabled(c), c.LoadError))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, string? enabled, CancellationToken cancellationToken)
    {
        var component = catalog.Registry.Started.FirstOrDefault(c => c.Slug == slug);
        if (component is null || component.AlwaysOn || !component.IsLoaded || enabled is not ("true" or "false"))
            return BadRequest();
        await settings.SaveAsync(new Dictionary<string, string>(),
            new Dictionary<string, string> { [SettingsStore.ComponentKeyPrefix + component.Slug] = enabled }, cancellationToken);
        jobs.Synchronise();
        await audit.RecordAsync(enabled == "true" ? "component.enabled" : "component.disabled",
            $"{component.Name} ({component.Slug}) switched {(enabled == "true" ? "on" : "off")}.", cancellationToken);
        return RedirectToPage(new { changed = component.Slug });
    }
}
