using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace NodePoint.Testing;

/// <summary>Fills in forms the way a browser does: read the page, take its anti-forgery token, post the fields.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null, string? remoteAddress = null)
    {
        // The form is read from this machine; only the post comes from remoteAddress, so the server's own check is what refuses it.
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        var all = fields.ToList();
        if (token.Success)
            all.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        var post = new HttpRequestMessage(HttpMethod.Post, postUrl ?? pageUrl) { Content = new FormUrlEncodedContent(all) };
        return await client.SendAsync(WithAddress(post, remoteAddress));
    }

    /// <summary>Posts a multipart form with one file, as a browser does for an upload.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string pageUrl, (string Name, string Value)[] fields,
        string fileField, string fileName, byte[] content, string contentType, string? postUrl = null)
    {
        var html = await (await client.GetAsync(pageUrl)).Content.ReadAsStringAsync();
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        if (TokenPattern().Match(html) is { Success: true } token)
            form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(postUrl ?? pageUrl, form);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(pageUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The page at <paramref name="url"/>, HTML-decoded; fails the test unless it answered 200.</summary>
    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage WithAddress(HttpRequestMessage request, string? remoteAddress)
    {
        if (remoteAddress is not null)
            request.Headers.Add(RemoteAddressStartupFilter.Header, remoteAddress);
        return request;
    }
}
