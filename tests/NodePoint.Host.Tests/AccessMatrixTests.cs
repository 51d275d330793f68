using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Access;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

/// <summary>
/// Visits every page and endpoint of the product (with every installed module) as a guest, as users of levels
/// 0 to 5 and as the admin, and checks each answer against the level the route declares.
/// </summary>
public class AccessMatrixTests
{
    // Values for route parameters; a new parameter name makes the test fail until it is listed here.
    private static readonly Dictionary<string, string> RouteValues = new() { ["name"] = "level1", ["code"] = "404", ["id"] = "1", ["file"] = "1", ["documentName"] = "v1" };

    [Fact]
    public async Task Every_route_answers_each_level_as_it_declares()
    {
        using var host = new TestHost().WithSampleModule().WithCapturedNotifications();
        // Every toggleable component on, so their routes answer instead of 404.
        var admin = await FirstRun.ConfiguredAdminAsync(host, "guestbook", "mail", "programs", "ldap", "auth-program", "tickets");
        var visitors = new List<(string Who, AccessLevel Level, HttpClient Client)> { ("guest", AccessLevel.Guest, host.Browser()), ("admin", AccessLevel.Admin, admin) };
        (await admin.PostFormAsync("/projects/new", ("name", "Matrix"), ("visibility", "Public"))).Headers.Location!.OriginalString.ShouldBe("/projects/1");
        (await admin.PostFormAsync("/tickets/new", ("project", "1"), ("title", "Matrix"), ("priority", "Normal"))).Headers.Location!.OriginalString.ShouldBe("/tickets/1");
        for (var level = 0; level <= 5; level++)
        {
            await Users.CreateAsync(admin, "level" + level, level);
            visitors.Add(("level" + level, (AccessLevel)level, await Users.LoggedInAsync(host, "level" + level)));
        }

        var routes = Routes(host);
        routes.Count.ShouldBeGreaterThan(15);
        routes.ShouldContain(("/users/level1", AccessLevel.UsersManagement));
        routes.ShouldContain(("/settings/audit", AccessLevel.Admin));
        var wrong = new List<string>();
        foreach (var (url, required) in routes)
        {
            foreach (var (who, level, client) in visitors)
            {
                var response = await client.GetAsync(url);
                var status = response.StatusCode;
                var toLogin = status == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login");
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || toLogin;
                if (level >= required && refused)
                    wrong.Add($"{url} (level {(int)required}) refused {who}: {(int)status}");
                if (level < required && !refused)
                    wrong.Add($"{url} (level {(int)required}) allowed {who}: {(int)status}");
                if (level < required && level == AccessLevel.Guest && !toLogin && status != HttpStatusCode.Unauthorized)
                    wrong.Add($"{url} should send a guest to log in, answered {(int)status}");
            }
        }
        wrong.ShouldBeEmpty();
    }

    private static List<(string Url, AccessLevel Level)> Routes(TestHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequiredLevel>() is not null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => (Url: Fill(e.RoutePattern), e.Metadata.GetMetadata<RequiredLevel>()!.Level))
            .Where(r => r.Url != "/logout")
            .Distinct()
            .ToList();

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => RouteValues.TryGetValue(parameter.Name, out var value)
                ? value
                : throw new InvalidOperationException($"Add a value for route parameter '{parameter.Name}' in {pattern.RawText}."),
            _ => "",
        }))));
}
