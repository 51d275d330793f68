using System.Security.Claims;

namespace NodePoint.Abstractions.Access;

/// <summary>The claims of a NodePoint session cookie; the host and the Accounts module build sessions with these.</summary>
public static class SessionClaims
{
    /// <summary>The cookie authentication scheme of NodePoint sessions.</summary>
    public const string Scheme = "Cookies";
    /// <summary>The access level as a number.</summary>
    public const string Level = "np:level";
    /// <summary>The <see cref="UserKind"/>.</summary>
    public const string Kind = "np:kind";
    /// <summary>Changes when the account's password changes or it is disabled, so old sessions end on their next request.</summary>
    public const string Stamp = "np:stamp";

    /// <summary>A signed-in principal.</summary>
    public static ClaimsPrincipal Create(string name, AccessLevel level, UserKind kind, string stamp) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, name),
            new Claim(Level, ((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(Kind, kind.ToString()),
            new Claim(Stamp, stamp),
        ], Scheme));

    /// <summary>The level of <paramref name="principal"/>; <see cref="AccessLevel.Guest"/> when not signed in.</summary>
    public static AccessLevel LevelOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && int.TryParse(principal.FindFirstValue(Level), out var level)
            ? (AccessLevel)level
            : AccessLevel.Guest;

    /// <summary>The kind of <paramref name="principal"/>; <see cref="UserKind.Guest"/> when not signed in.</summary>
    public static UserKind KindOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && Enum.TryParse<UserKind>(principal.FindFirstValue(Kind), out var kind)
            ? kind
            : UserKind.Guest;
}
