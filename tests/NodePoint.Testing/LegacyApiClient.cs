namespace NodePoint.Testing;

/// <summary>
/// Calls the NodePoint-compatible API (<c>/?api=...</c>) the way scripts do, and reads every answer through
/// <see cref="LegacyApiAnswer"/>, which checks what every answer must be (200, plain text, no cookie, valid JSON,
/// strings only). <see cref="ReadAsync"/> and <see cref="WriteAsync"/> add <see cref="FirstRun"/>'s keys.
/// </summary>
public sealed class LegacyApiClient(HttpClient http, LegacyApiTransport transport = LegacyApiTransport.Get, string path = "/")
{
    public HttpClient Http => http;

    /// <summary>The same client sending its calls another way.</summary>
    public LegacyApiClient Using(LegacyApiTransport other) => new(http, other, path);

    /// <summary>The same client calling another path (<c>/index</c>).</summary>
    public LegacyApiClient At(string otherPath) => new(http, transport, otherPath);

    /// <summary>Calls <paramref name="call"/> with exactly <paramref name="arguments"/> (no key unless given).</summary>
    public async Task<LegacyApiAnswer> CallAsync(string call, params (string Name, string Value)[] arguments)
    {
        var fields = new List<KeyValuePair<string, string>> { new("api", call) };
        fields.AddRange(arguments.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)));
        return await LegacyApiAnswer.ReadAsync(await http.SendAsync(Request(fields)));
    }

    /// <summary>Calls with the read key.</summary>
    public Task<LegacyApiAnswer> ReadAsync(string call, params (string Name, string Value)[] arguments) =>
        CallAsync(call, [.. arguments, ("key", FirstRun.ReadKey)]);

    /// <summary>Calls with the write key.</summary>
    public Task<LegacyApiAnswer> WriteAsync(string call, params (string Name, string Value)[] arguments) =>
        CallAsync(call, [.. arguments, ("key", FirstRun.WriteKey)]);

    private HttpRequestMessage Request(List<KeyValuePair<string, string>> fields)
    {
        switch (transport)
        {
            case LegacyApiTransport.Get:
                var query = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
                return new HttpRequestMessage(HttpMethod.Get, path + "?" + query);
            case LegacyApiTransport.PostForm:
                return new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
            default:
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                    multipart.Add(new StringContent(value), name);
                return new HttpRequestMessage(HttpMethod.Post, path) { Content = multipart };
        }
    }
}
