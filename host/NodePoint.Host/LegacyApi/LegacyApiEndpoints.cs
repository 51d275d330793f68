using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// The NodePoint-compatible API at <c>/</c> and <c>/index</c> (GET, or POST with a form). Guests reach it: the
/// call's key, checked by its handler, is the authorization.
/// </summary>
internal static class LegacyApiEndpoints
{
    public static readonly string[] Routes = ["/", "/index"];

    public static IServiceCollection AddLegacyApi(this IServiceCollection services)
    {
        services.AddSingleton<LegacyApiCallTable>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, LegacyApiMatcherPolicy>());
        return services;
    }

    /// <summary>Placed after routing and before authentication; see <see cref="LegacyApiCookieFilter"/>.</summary>
    public static IApplicationBuilder UseLegacyApiWithoutSession(this IApplicationBuilder app) =>
        app.UseMiddleware<LegacyApiCookieFilter>();

    public static void MapLegacyApi(this IEndpointRouteBuilder endpoints)
    {
        foreach (var route in Routes)
        {
            endpoints.MapMethods(route, [HttpMethods.Get, HttpMethods.Post], LegacyApiDispatcher.HandleAsync)
                .WithMetadata(new RequiredLevel(AccessLevel.Guest), new LegacyApiRoute())
                .DisableAntiforgery()
                .WithOrder(-1)
                .WithDisplayName("NodePoint-compatible API at " + route);
        }
    }
}
