using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Api;

/// <summary>
/// "API requests per minute" for each client of the REST API and the <c>?api=</c> calls: a client is its personal
/// token, else its API key (GET), else its user, else its address. Pages are never limited.
/// </summary>
internal static class ApiRateLimiting
{
    public static void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!IsApi(context.Request))
                return RateLimitPartition.GetNoLimiter("pages");
            var limit = context.RequestServices.GetRequiredService<ISettings>().GetInt(CoreSettings.ApiRateLimit);
            if (limit <= 0)
                return RateLimitPartition.GetNoLimiter("off");
            // The limit is part of the key, so a changed setting applies at once to new windows.
            return RateLimitPartition.GetFixedWindowLimiter($"{limit}:{Client(context)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
        });
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
            {
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                await response.WriteAsJsonAsync(new { status = 429, title = "Too many requests: wait before calling again." }, options: null, "application/problem+json", cancellationToken);
            }
            else
            {
                // The original answered every call with 200 and scripts read "status"; so does the refusal.
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("{\n \"message\": \"Too many requests: wait before calling again.\",\n \"status\": \"ERR_RATE_LIMIT\"\n}\n", cancellationToken);
            }
        };
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || ((request.Path == "/" || request.Path.Equals("/index", StringComparison.OrdinalIgnoreCase))
            && (request.Query.ContainsKey("api") || HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)));

    private static string Client(HttpContext context)
    {
        var request = context.Request;
        var secret = request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : request.Query["key"].ToString();
        if (secret.Length > 0)
            return "secret:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        if (context.User.Identity?.IsAuthenticated == true)
            return "user:" + context.User.Identity.Name;
        return "address:" + context.Connection.RemoteIpAddress;
    }
}
