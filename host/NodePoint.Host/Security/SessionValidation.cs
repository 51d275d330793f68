using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;

namespace NodePoint.Host.Security;

/// <summary>
/// Cookie events: every request re-validates its session (the admin here, users through the Accounts module),
/// and API calls get status codes instead of redirects.
/// </summary>
internal sealed class SessionValidation(AdminSignIn admin, IEnumerable<IUserSessionValidator> users) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var current = SessionClaims.KindOf(principal) switch
        {
            UserKind.Admin => admin.IsStillValid(principal) ? principal : null,
            UserKind.User => users.FirstOrDefault() is { } validator
                ? await validator.ValidateAsync(principal, context.HttpContext.RequestAborted)
                : null,
            _ => null,
        };
        if (current is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (!ReferenceEquals(current, principal))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
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
