using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Host.Components;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Pages;

/// <summary>First-time setup: open from loopback or with the setup token, and gone (404) once done.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class SetupModel(SetupService setup, SettingsStore settings, SetupGate gate, ComponentCatalog components) : PageModel
{
    public sealed record ComponentChoice(string Slug, string Name, string Description, bool Enabled);

    public bool Allowed { get; private set; }
    public string? Token { get; private set; }
    public string AdminName { get; private set; } = "admin";
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SettingsFormSection> Sections { get; private set; } = [];
    public IReadOnlyList<ComponentChoice> Components { get; private set; } = [];

    public IActionResult OnGet(string? token)
    {
        if (settings.IsConfigured)
            return NotFound();
        if (!Admit(token))
            return Page();
        Show(setup.DefaultsForSetup(), components.Registry.Started.Where(c => !c.AlwaysOn).Select(c => c.Slug).ToHashSet());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        if (settings.IsConfigured)
            return NotFound();
        if (!Admit(token))
            return Page();

        var definitions = settings.Catalog.Sections.SelectMany(s => s.Definitions).Where(d => d.AtSetup).ToList();
        var values = SettingsForm.Read(Request.Form, definitions);
        var chosen = Request.Form["component"].Select(v => v ?? "").ToHashSet();
        var switches = components.Registry.Started.Where(c => !c.AlwaysOn).ToDictionary(c => c.Slug, c => chosen.Contains(c.Slug));
        AdminName = Request.Form["admin_name"].ToString();

        var request = new SetupRequest(AdminName, Request.Form["admin_password"].ToString(),
            Request.Form["admin_password_confirmation"].ToString(), values, switches);
        Errors = await setup.CompleteAsync(request, cancellationToken);
        if (Errors.Count == 0)
            return Redirect("/login");
        Show(values, chosen);
        return Page();
    }

    private bool Admit(string? token)
    {
        Token = token;
        Allowed = gate.Allows(HttpContext, token);
        if (!Allowed)
            Response.StatusCode = StatusCodes.Status403Forbidden;
        return Allowed;
    }

    private void Show(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> enabled)
    {
        Sections = SettingsFormSection.Build(settings.Catalog.Sections, d => d.AtSetup, d => values.GetValueOrDefault(d.Key, d.DefaultValue), Errors);
        Components = components.Registry.Started.Where(c => !c.AlwaysOn)
            .Select(c => new ComponentChoice(c.Slug, c.Name, c.Description, enabled.Contains(c.Slug)))
            .ToList();
    }
}
