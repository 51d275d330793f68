using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Access;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

/// <summary>Every page and endpoint declares its minimum level, and the server enforces it for each kind of visitor.</summary>
public class AccessDeclarationTests
{
    [Fact]
    public async Task Every_page_and_endpoint_declares_a_minimum_level()
    {
        using var host = new TestHost().WithSampleModule();
        await FirstRun.CompleteAsync(host.Browser(), components: "guestbook");

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/jobs")) // the job dashboard checks the admin itself
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(8);
        endpoints.Where(e => e.Metadata.GetMetadata<RequiredLevel>() is null).Select(e => e.RoutePattern.RawText).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/", AccessLevel.Guest)]
    [InlineData("/guestbook", AccessLevel.Guest)]
    [InlineData("/api/v1/guestbook/entries", AccessLevel.Guest)]
    [InlineData("/login", AccessLevel.Guest)]
    [InlineData("/health", AccessLevel.Guest)]
    [InlineData("/settings", AccessLevel.Admin)]
    [InlineData("/settings/components", AccessLevel.Admin)]
    [InlineData("/settings/audit", AccessLevel.Admin)]
    [InlineData("/jobs", AccessLevel.Admin)]
    public async Task Guests_and_the_admin_get_what_the_route_declares(string url, AccessLevel level)
    {
        using var host = new TestHost().WithSampleModule();
        var admin = await FirstRun.ConfiguredAdminAsync(host, "guestbook");

        (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var asGuest = await host.Browser().GetAsync(url);
        if (level == AccessLevel.Guest)
            asGuest.StatusCode.ShouldBe(HttpStatusCode.OK);
        else
            asGuest.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized);
    }
}
