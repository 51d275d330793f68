namespace NodePoint.Testing;

/// <summary>Changes options on the admin's Settings page the way a browser posts it: every field's current value, some changed.</summary>
public static class AdminSettings
{
    public static async Task<List<KeyValuePair<string, string>>> CurrentFieldsWith(HttpClient admin, params (string Key, string Value)[] changes)
    {
        var html = await (await admin.GetAsync("/settings")).Content.ReadAsStringAsync();
        var fields = HtmlForm.Fields(html).Where(f => !changes.Any(c => c.Key == f.Key)).ToList();
        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return fields;
    }

    public static async Task<HttpResponseMessage> SaveAsync(HttpClient admin, params (string Key, string Value)[] changes) =>
        await admin.PostFormAsync("/settings", await CurrentFieldsWith(admin, changes));
}
