namespace NodePoint.Abstractions.Access;

/// <summary>Who is acting: a visitor, a user account, the configured admin, or an API client (the <c>api</c> pseudo-user).</summary>
public enum UserKind
{
    /// <summary>Not logged in.</summary>
    Guest,
    /// <summary>A user account (levels 0-5).</summary>
    User,
    /// <summary>The admin account configured at setup (level 6).</summary>
    Admin,
    /// <summary>A call through an API key; recorded as the user <c>api</c>.</summary>
    Api,
}
