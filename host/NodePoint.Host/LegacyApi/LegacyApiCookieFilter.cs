using Microsoft.Net.Http.Headers;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// API calls ignore the session: keys do the authorization. Dropping the cookie before authentication also means an
/// answer never carries a renewed or cleared session cookie, so API answers set no cookies at all.
/// </summary>
internal sealed class LegacyApiCookieFilter(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<LegacyApiRoute>() is not null)
            context.Request.Headers.Remove(HeaderNames.Cookie);
        return next(context);
    }
}
