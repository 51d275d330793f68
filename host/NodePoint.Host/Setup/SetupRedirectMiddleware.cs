using NodePoint.Host.Settings;

namespace NodePoint.Host.Setup;

/// <summary>Until setup is done, every page leads to /setup (static files and /health still answer).</summary>
internal sealed class SetupRedirectMiddleware(RequestDelegate next, SettingsStore settings)
{
    private static readonly string[] OpenPrefixes = ["/setup", "/health", "/status", "/lib/", "/css/", "/_content/", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        if (settings.IsConfigured || OpenPrefixes.Any(p => context.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            return next(context);
        var token = context.Request.Query["token"].ToString();
        context.Response.Redirect(token.Length > 0 ? "/setup?token=" + Uri.EscapeDataString(token) : "/setup");
        return Task.CompletedTask;
    }
}
