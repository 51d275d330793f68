using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace NodePoint.Host.Api;

/// <summary>
/// A browser's session cookie travels with any request, so REST calls that change something and rely on the cookie
/// must carry the anti-forgery token (header <c>RequestVerificationToken</c>); token-authenticated calls need not.
/// </summary>
internal sealed class ApiAntiforgery(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (context.Request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && ApiTokenAuthentication.Select(context) != ApiTokenAuthentication.TokenScheme
            && context.User.Identity?.IsAuthenticated == true
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new ProblemDetails
            {
                Status = 400,
                Title = "Missing or invalid anti-forgery token.",
                Detail = "Calls that use the session cookie must send the page's anti-forgery token in the RequestVerificationToken header; scripts should use a personal API token instead.",
            }, options: null, contentType: "application/problem+json");
            return;
        }
        await next(context);
    }
}
