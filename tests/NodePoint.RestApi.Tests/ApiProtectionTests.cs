using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.RestApi.Tests;

public class ApiProtectionTests
{
    [Fact]
    public async Task Cookie_calls_that_change_something_need_the_anti_forgery_token()
    {
        using var site = await ApiSite.StartAsync();
        var browser = site.Browser("alice");

        var forged = await browser.PostAsJsonAsync("/api/v1/tickets", new { projectId = 1, title = "Forged", priority = "Normal" });
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("anti-forgery token");
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await browser.TextAsync("/tickets/new");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(new { projectId = 1, title = "Real", priority = "Normal" }) };
        request.Headers.Add("RequestVerificationToken", token);
        (await browser.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Each_client_is_limited_per_minute_on_both_apis()
    {
        using var site = await ApiSite.StartAsync();
        (await AdminSettings.SaveAsync(site.Admin, ("api_rate", "3"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        for (var i = 0; i < 3; i++)
            (await site.Api("alice").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await site.Api("alice").GetAsync("/api/v1/me");
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await site.Api("bob").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await site.Browser("alice").GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var key = await ReadKeyAsync(site);
        for (var i = 0; i < 3; i++)
            (await site.Host.Browser().GetAsync($"/?api=list_users&key={key}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var legacy = await site.Host.Browser().GetAsync($"/?api=list_users&key={key}");
        legacy.StatusCode.ShouldBe(HttpStatusCode.OK);
        legacy.Headers.RetryAfter.ShouldNotBeNull();
        JsonDocument.Parse(await legacy.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().ShouldBe("ERR_RATE_LIMIT");

        (await AdminSettings.SaveAsync(site.Admin, ("api_rate", "0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.Api("alice").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var negative = await AdminSettings.SaveAsync(site.Admin, ("api_rate", "-1"));
        negative.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_rest_endpoint_and_the_reference_page_lists_them()
    {
        using var site = await ApiSite.StartAsync();

        var response = await site.Host.Browser().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var (document, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");
        diagnostic!.Errors.ShouldBeEmpty();
        document!.Info.Title.ShouldBe("NodePoint REST API");

        var routes = site.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Route: e.RoutePattern.RawText!, Method: m)))
            .ToList();
        routes.Count.ShouldBeGreaterThan(15);
        foreach (var (route, method) in routes)
        {
            var path = route.TrimEnd('/').Replace(":int}", "}");
            document.Paths.ShouldContainKey(path, string.Join(", ", document.Paths.Keys));
            document.Paths[path].Operations!.Keys.Select(k => k.Method).ShouldContain(method, $"{method} {path}");
        }

        var reference = await site.Host.Browser().TextAsync("/api");
        foreach (var (route, _) in routes)
            reference.ShouldContain($"<code>{route.TrimEnd('/')}</code>");
    }

    private static async Task<string> ReadKeyAsync(ApiSite site)
    {
        var settings = await site.Admin.TextAsync("/settings");
        return Regex.Match(settings, "name=\"api_read\"[^>]*value=\"([A-Za-z0-9]+)\"").Groups[1].Value is { Length: > 0 } key
            ? key
            : Regex.Match(settings, "value=\"([A-Za-z0-9]+)\"[^>]*name=\"api_read\"").Groups[1].Value;
    }
}
