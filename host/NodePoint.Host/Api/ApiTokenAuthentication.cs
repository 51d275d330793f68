using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NodePoint.Abstractions.Accounts;

namespace NodePoint.Host.Api;

/// <summary>
/// <c>Authorization: Bearer np_…</c> on <c>/api/</c> paths: the Accounts module's personal tokens. Everything else
/// (and API calls without a token) uses the session cookie.
/// </summary>
internal sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenScheme = "ApiToken";
    public const string CookieOrToken = "NodePoint";

    /// <summary>The scheme to use for a request: a token only counts on the API.</summary>
    public static string Select(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && BearerToken(context.Request) is not null ? TokenScheme : Abstractions.Access.SessionClaims.Scheme;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token)
            return AuthenticateResult.NoResult();
        var authenticator = Context.RequestServices.GetService<IApiTokenAuthenticator>();
        var principal = authenticator is null ? null : await authenticator.AuthenticateAsync(token, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The API token is unknown, revoked, or its user is disabled.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, TokenScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
