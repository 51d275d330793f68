using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Host.Settings;
using NodePoint.Host.Setup;

namespace NodePoint.Host.Security;

/// <summary>
/// The configured admin: signs them in and re-checks their session on every request, so changing the admin's
/// password ends existing sessions at once. The Accounts module's login page calls it through <see cref="IAdminAccount"/>.
/// </summary>
internal sealed class AdminSignIn(SettingsStore settings) : IAdminAccount
{
    public string Name => settings.GetInternal(SettingsStore.AdminNameKey) ?? "admin";

    public ClaimsPrincipal? SignIn(string name, string password)
    {
        var adminName = settings.GetInternal(SettingsStore.AdminNameKey);
        var hash = settings.GetInternal(SettingsStore.AdminPasswordKey);
        if (adminName is null || hash is null || !string.Equals(name.Trim(), adminName, StringComparison.OrdinalIgnoreCase))
            return null;
        return AdminAccount.Verify(hash, password)
            ? SessionClaims.Create(adminName, AccessLevel.Admin, UserKind.Admin, Stamp(adminName, hash))
            : null;
    }

    public bool IsStillValid(ClaimsPrincipal principal)
    {
        var adminName = settings.GetInternal(SettingsStore.AdminNameKey);
        var hash = settings.GetInternal(SettingsStore.AdminPasswordKey);
        return adminName is not null && hash is not null
            && principal.FindFirstValue(SessionClaims.Stamp) == Stamp(adminName, hash);
    }

    private static string Stamp(string name, string hash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + hash)))[..16];
}
