using System.Net;
using System.Text.RegularExpressions;

namespace NodePoint.Benchmarks;

/// <summary>Logs a seeded user in through the real login form and hands back the session cookie for the load generator.</summary>
internal static partial class BenchLogin
{
    public const string CookieName = "NodePoint.Session";

    public static async Task<string> SessionCookieAsync(Uri host, string name, string password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host };
        var form = await client.GetStringAsync("/login");
        if (TokenField().Match(form) is not { Success: true } token)
            throw new BenchFailure("The login page has no anti-forgery token field (__RequestVerificationToken).");
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        return cookies.GetCookies(host).FirstOrDefault(c => c.Name == CookieName)?.Value
               ?? throw new BenchFailure($"Logging in as {name} gave no {CookieName} cookie (answer {(int)response.StatusCode}).");
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*?value="([^"]+)""")]
    private static partial Regex TokenField();
}
