namespace NodePoint.Abstractions.Access;

/// <summary>The person or client behind the current request.</summary>
public interface ICurrentUser
{
    /// <summary>User name; "Guest" for visitors and "api" for API clients.</summary>
    string Name { get; }

    /// <summary>Access level; <see cref="AccessLevel.Guest"/> when not logged in.</summary>
    AccessLevel Level { get; }

    /// <summary>Kind of actor.</summary>
    UserKind Kind { get; }

    /// <summary>True for anyone but a guest.</summary>
    bool IsAuthenticated => Kind != UserKind.Guest;

    /// <summary>True when the user holds at least <paramref name="level"/>.</summary>
    bool HasLevel(AccessLevel level) => Level >= level;
}
