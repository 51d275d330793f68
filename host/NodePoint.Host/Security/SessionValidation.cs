using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>Cookie events: re-validate every request, and answer API calls with status codes instead of redirects.</summary>
internal sealed class SessionValidation(AdminSignIn admin) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var kind = context.Principal?.FindFirst(NodePointClaims.Kind)?.Value;
        var valid = kind == nameof(UserKind.Admin) && admin.IsStillValid(context.Principal!);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    // Pages render the friendly 403 page through status-code pages; nothing is redirected.
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context, StatusCodes.Status403Forbidden);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
