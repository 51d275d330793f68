using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Api;

/// <summary>The host's part of the REST API: token authentication, anti-forgery for cookie calls, rate limits and the OpenAPI document.</summary>
internal static class RestApi
{
    public static void AddRestApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", ApiDocumentation.Configure);
        services.AddRateLimiter(ApiRateLimiting.Configure);
    }

    public static void UseRestApi(this WebApplication app)
    {
        app.UseMiddleware<ApiAntiforgery>();
        app.UseRateLimiter();
    }

    public static void MapRestApi(this WebApplication app) =>
        app.MapOpenApi(ApiDocumentation.DocumentPath).WithMetadata(new RequiredLevel(AccessLevel.Guest)).AllowAnonymous();
}
