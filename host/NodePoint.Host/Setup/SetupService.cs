using System.Globalization;
using NodePoint.Abstractions.Audit;
using NodePoint.Host.Components;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Setup;

/// <summary>First-time configuration, shared by the /setup page and the <c>setup</c> command. It runs once.</summary>
internal sealed class SetupService(SettingsStore settings, IAuditLog audit, ComponentRegistry? registry)
{
    public const string AlreadyConfigured = "NodePoint is already configured; change options under Settings instead.";

    /// <summary>Completes setup; returns the problems (field key → message), none on success.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CompleteAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        if (settings.IsConfigured)
            return new Dictionary<string, string> { [""] = AlreadyConfigured };

        var values = DefaultsForSetup();
        foreach (var (key, value) in request.Settings)
            values[key] = value.Trim();

        var errors = settings.Validate(values);
        if (AdminAccount.CheckName(request.AdminName.Trim()) is { } nameProblem)
            errors["admin_name"] = nameProblem;
        if (AdminAccount.CheckPassword(request.AdminPassword, request.AdminPasswordConfirmation) is { } passwordProblem)
            errors["admin_password"] = passwordProblem;
        foreach (var slug in request.Components.Keys.Where(s => registry?.Started.Any(c => c.Slug == s && !c.AlwaysOn) != true))
            errors["component." + slug] = $"'{slug}' is not a component that can be switched.";
        if (errors.Count > 0)
            return errors;

        var state = new Dictionary<string, string>
        {
            [SettingsStore.AdminNameKey] = request.AdminName.Trim(),
            [SettingsStore.AdminPasswordKey] = AdminAccount.Hash(request.AdminPassword),
            [SettingsStore.SetupCompletedKey] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (slug, enabled) in request.Components)
            state[SettingsStore.ComponentKeyPrefix + slug] = enabled ? "true" : "false";

        var saveErrors = await settings.SaveAsync(values, state, cancellationToken);
        if (saveErrors.Count > 0)
            return saveErrors;
        await audit.RecordAsync("setup.completed", $"Setup completed; admin account '{request.AdminName.Trim()}'.", cancellationToken);
        return saveErrors;
    }

    /// <summary>The values the setup form starts with: every setup option's default, and fresh API keys.</summary>
    public Dictionary<string, string> DefaultsForSetup()
    {
        var values = settings.Catalog.Sections.SelectMany(s => s.Definitions).Where(d => d.AtSetup)
            .ToDictionary(d => d.Key, d => d.DefaultValue, StringComparer.Ordinal);
        values[CoreSettings.ApiReadKey] = ApiKeys.Generate();
        values[CoreSettings.ApiWriteKey] = ApiKeys.Generate();
        return values;
    }
}
