using System.Net;
using System.Text;

namespace NodePoint.Benchmarks;

/// <summary>
/// Sends a scenario's sample request once with HttpClient, without following redirects, and says what is wrong with
/// the answer (null when it is a 200 and, for the legacy API, its status is OK): wrk itself counts a redirect to the
/// login page as a success, so this check is what tells a page that was really served.
/// </summary>
internal static class SampleCheck
{
    public static async Task<string?> ProblemAsync(Uri host, SampleRequest sample, string sessionCookie)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host, Timeout = TimeSpan.FromSeconds(60),
        };
        using var request = new HttpRequestMessage(new HttpMethod(sample.Method), sample.Path);
        if (sample.LoggedIn)
            request.Headers.Add("Cookie", $"{BenchLogin.CookieName}={sessionCookie}");
        if (sample.FormBody is not null)
            request.Content = new StringContent(sample.FormBody, Encoding.UTF8, "application/x-www-form-urlencoded");
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var legacyRefused = sample.Legacy && !body.Contains("\"status\": \"OK\"", StringComparison.Ordinal);
            if (response.StatusCode == HttpStatusCode.OK && !legacyRefused)
                return null;
            var where = response.Headers.Location is { } location ? $" to {location}" : "";
            return $"{sample.Method} {Shorten(sample.Path)} answered {(int)response.StatusCode}{where}: {Shorten(body)}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return $"{sample.Method} {Shorten(sample.Path)} failed: {ex.GetBaseException().Message}";
        }
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }
}
