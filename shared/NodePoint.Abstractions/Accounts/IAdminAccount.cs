using System.Security.Claims;

namespace NodePoint.Abstractions.Accounts;

/// <summary>The NodePoint admin configured at setup (kept by the host, never in the users table).</summary>
public interface IAdminAccount
{
    /// <summary>The admin's name; reserved for every other account.</summary>
    string Name { get; }

    /// <summary>A session for the admin when <paramref name="name"/> (any letter case) and <paramref name="password"/> match; otherwise null.</summary>
    ClaimsPrincipal? SignIn(string name, string password);
}
