using Microsoft.Data.Sqlite;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;
using Shouldly;

namespace NodePoint.Host.Tests;

public class SettingsStoreTests : IDisposable
{
    private readonly TemporarySettings _settings = new();

    [Fact]
    public async Task Secrets_are_stored_encrypted_and_read_back_in_clear()
    {
        var store = await NewStoreAsync();

        (await store.SaveAsync(new Dictionary<string, string> { ["smtp_pass"] = "p@ss w0rd" }, null, default)).ShouldBeEmpty();

        StoredValue("smtp_pass").ShouldNotContain("p@ss");
        store.Get("smtp_pass").ShouldBe("p@ss w0rd");
        var reopened = await NewStoreAsync();
        reopened.Get("smtp_pass").ShouldBe("p@ss w0rd");
    }

    [Fact]
    public async Task A_blank_secret_leaves_the_stored_one_unchanged()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(new Dictionary<string, string> { ["smtp_pass"] = "first" }, null, default);

        await store.SaveAsync(new Dictionary<string, string> { ["smtp_pass"] = "", ["smtp_host"] = "mail.example.org" }, null, default);

        store.Get("smtp_pass").ShouldBe("first");
        store.Get("smtp_host").ShouldBe("mail.example.org");
    }

    [Fact]
    public async Task One_invalid_value_saves_none()
    {
        var store = await NewStoreAsync();

        var errors = await store.SaveAsync(new Dictionary<string, string> { ["smtp_host"] = "mail.example.org", ["smtp_port"] = "99999" }, null, default);

        errors["smtp_port"].ShouldBe("SMTP port must be between 1 and 65535.");
        store.Get("smtp_host").ShouldBe("");
        (await NewStoreAsync()).Get("smtp_host").ShouldBe("");
    }

    private Task<SettingsStore> NewStoreAsync() => _settings.OpenAsync(new SettingsCatalog([
        new SettingsSection("Mail", [
            new SettingDefinition("smtp_host", "SMTP server", SettingKind.Text, ""),
            new SettingDefinition("smtp_port", "SMTP port", SettingKind.Integer, "25") { Minimum = 1, Maximum = 65535 },
            new SettingDefinition("smtp_pass", "SMTP password", SettingKind.Secret, ""),
        ]),
    ]));

    private string StoredValue(string key)
    {
        using var connection = new SqliteConnection($"Data Source={_settings.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM host_setting WHERE Key = $key";
        command.Parameters.AddWithValue("$key", key);
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose() => _settings.Dispose();
}
