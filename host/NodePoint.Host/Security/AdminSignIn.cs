using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodePoint.Abstractions.Access;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Security;

/// <summary>
/// Signs the configured admin in and re-checks the session on every request: renaming the admin or changing
/// their password ends existing sessions at once. (User accounts sign in through the Accounts module.)
/// </summary>
internal sealed class AdminSignIn(SettingsStore settings)
{
    public ClaimsPrincipal? TrySignIn(string name, string password)
    {
        var adminName = settings.GetInternal(SettingsStore.AdminNameKey);
        var hash = settings.GetInternal(SettingsStore.AdminPasswordKey);
        if (adminName is null || hash is null || !string.Equals(name.Trim(), adminName, StringComparison.OrdinalIgnoreCase))
            return null;
        if (!AdminAccount.Verify(hash, password))
            return null;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, adminName),
            new Claim(NodePointClaims.Level, ((int)AccessLevel.Admin).ToString()),
            new Claim(NodePointClaims.Kind, nameof(UserKind.Admin)),
            new Claim(NodePointClaims.Stamp, Stamp(adminName, hash)),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    public bool IsStillValid(ClaimsPrincipal principal)
    {
        var adminName = settings.GetInternal(SettingsStore.AdminNameKey);
        var hash = settings.GetInternal(SettingsStore.AdminPasswordKey);
        return adminName is not null && hash is not null
            && principal.FindFirstValue(NodePointClaims.Stamp) == Stamp(adminName, hash);
    }

    private static string Stamp(string name, string hash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + hash)))[..16];
}
