using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Pages.Settings;

/// <summary>
/// For the admin, every option of the product, validated as a whole (one bad field and nothing is saved).
/// For other signed-in users, their own settings: the panels modules contribute (Accounts: email and password).
/// </summary>
[RequireLevel(AccessLevel.Unauthorized)]
internal sealed class SettingsIndexModel(SettingsStore settings, IAuditLog audit, ICurrentUser user) : PageModel
{
    public bool IsAdmin => user.Kind == UserKind.Admin;

    public IReadOnlyList<SettingsFormSection> Sections { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Saved { get; private set; }

    public void OnGet(string? saved)
    {
        Saved = saved == "options" ? "Settings saved." : saved == "password" ? "Admin password changed." : null;
        Show(null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
            return Forbid();
        var definitions = settings.Catalog.Sections.SelectMany(s => s.Definitions).ToList();
        var values = SettingsForm.Read(Request.Form, definitions);
        var changed = definitions.Where(d => d.Kind == SettingKind.Secret ? values[d.Key].Length > 0 : values[d.Key] != settings.Get(d.Key))
            .Select(d => d.Key).ToList();
        Errors = await settings.SaveAsync(values, null, cancellationToken);
        if (Errors.Count > 0)
        {
            Show(values);
            return Page();
        }
        if (changed.Count > 0)
            await audit.RecordAsync("settings.changed", "Changed: " + string.Join(", ", changed), cancellationToken);
        return RedirectToPage(new { saved = "options" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current_password, string? new_password, string? new_password_confirmation, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
            return Forbid();
        var hash = settings.GetInternal(SettingsStore.AdminPasswordKey);
        var errors = new Dictionary<string, string>();
        if (hash is null || !AdminAccount.Verify(hash, current_password ?? ""))
            errors["current_password"] = "The current password is wrong.";
        else if (AdminAccount.CheckPassword(new_password ?? "", new_password_confirmation ?? "") is { } problem)
            errors["new_password"] = problem;
        if (errors.Count > 0)
        {
            Errors = errors;
            Show(null);
            return Page();
        }
        await settings.SaveAsync(new Dictionary<string, string>(),
            new Dictionary<string, string> { [SettingsStore.AdminPasswordKey] = AdminAccount.Hash(new_password!) }, cancellationToken);
        await audit.RecordAsync("admin.password_changed", "The admin password was changed.", cancellationToken);
        return Redirect("/login?returnUrl=%2Fsettings%3Fsaved%3Dpassword");
    }

    private void Show(IReadOnlyDictionary<string, string>? posted) =>
        Sections = SettingsFormSection.Build(settings.Catalog.Sections, _ => true,
            d => posted?.GetValueOrDefault(d.Key) ?? (d.Kind == SettingKind.Secret ? "" : settings.Get(d.Key)), Errors);
}
