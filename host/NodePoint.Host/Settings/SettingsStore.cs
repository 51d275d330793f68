using System.Collections.Frozen;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Data;

namespace NodePoint.Host.Settings;

/// <summary>
/// Settings kept in the database and cached in memory. A save validates every value first and writes all of
/// them in one transaction, so a bad field changes nothing. Secrets are encrypted with ASP.NET Core data
/// protection (keys in the data folder). Keys that are not definitions (the admin's password hash, component
/// switches, the setup mark) are the host's internal state.
/// </summary>
internal sealed class SettingsStore(SettingsCatalog catalog, DbContextOptions<HostDbContext> dbOptions, IDataProtectionProvider protection) : ISettings
{
    public const string SetupCompletedKey = "setup.completed_utc";
    public const string AdminNameKey = "admin.name";
    public const string AdminPasswordKey = "admin.password_hash";
    public const string ComponentKeyPrefix = "component.enabled.";

    private readonly IDataProtector _protector = protection.CreateProtector("NodePoint.Settings.v1");
    private FrozenDictionary<string, string> _values = FrozenDictionary<string, string>.Empty;
    private readonly Lock _merge = new();

    public SettingsCatalog Catalog => catalog;

    public bool IsConfigured => _values.ContainsKey(SetupCompletedKey);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(dbOptions);
        var rows = await db.Settings.AsNoTracking().ToListAsync(cancellationToken);
        _values = rows.ToFrozenDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    public string Get(string key)
    {
        var definition = catalog.Find(key) ?? throw new InvalidOperationException($"No setting named '{key}' is declared.");
        if (!_values.TryGetValue(key, out var stored))
            return definition.DefaultValue;
        return definition.Kind == SettingKind.Secret && stored.Length > 0 ? _protector.Unprotect(stored) : stored;
    }

    public string? GetInternal(string key) => _values.GetValueOrDefault(key);

    /// <summary>Validates <paramref name="values"/> (declared settings), then saves them with <paramref name="internalValues"/> in one transaction.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string>? internalValues, CancellationToken cancellationToken)
    {
        var errors = Validate(values);
        if (errors.Count > 0)
            return errors;

        var toStore = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var definition = catalog.Find(key)!;
            if (definition.Kind == SettingKind.Secret && value.Length == 0)
                continue; // blank secret on a form = unchanged
            toStore[key] = definition.Kind == SettingKind.Secret ? _protector.Protect(value) : value;
        }
        foreach (var (key, value) in internalValues ?? new Dictionary<string, string>())
            toStore[key] = value;

        await using var db = new HostDbContext(dbOptions);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Settings.Where(s => toStore.Keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        // Setup happens once, even when the command line and the page race, or this cache is older than the file.
        if (toStore.ContainsKey(SetupCompletedKey) && existing.ContainsKey(SetupCompletedKey))
            return new Dictionary<string, string> { [""] = Setup.SetupService.AlreadyConfigured };
        foreach (var (key, value) in toStore)
        {
            if (existing.TryGetValue(key, out var row))
                row.Value = value;
            else
                db.Settings.Add(new SettingRow { Key = key, Value = value });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        lock (_merge)
        {
            var merged = new Dictionary<string, string>(_values, StringComparer.Ordinal);
            foreach (var (key, value) in toStore)
                merged[key] = value;
            _values = merged.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return errors;
    }

    public Dictionary<string, string> Validate(IReadOnlyDictionary<string, string> values)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (catalog.Find(key) is not { } definition)
                errors[key] = $"'{key}' is not a setting.";
            else if (SettingValidation.Check(definition, value) is { } problem)
                errors[key] = problem;
        }
        // The one rule across two fields: the read key must never be usable as the write key.
        if (catalog.Find(CoreSettings.ApiReadKey) is not null && catalog.Find(CoreSettings.ApiWriteKey) is not null)
        {
            var read = values.GetValueOrDefault(CoreSettings.ApiReadKey) ?? Get(CoreSettings.ApiReadKey);
            var write = values.GetValueOrDefault(CoreSettings.ApiWriteKey) ?? Get(CoreSettings.ApiWriteKey);
            if (read.Length > 0 && read == write)
                errors.TryAdd(CoreSettings.ApiWriteKey, "API write key must differ from the read key.");
        }
        return errors;
    }
}
