namespace NodePoint.Abstractions.LegacyApi;

/// <summary>Who a write call acts for (<see cref="Name"/>), or why <c>from_user</c> was refused (<see cref="Refusal"/>).</summary>
public sealed record LegacyApiActor(string Name, LegacyApiResponse? Refusal)
{
    /// <summary>The pseudo-user <c>api</c>.</summary>
    public static LegacyApiActor Api { get; } = new(LegacyApiRequest.ApiUser, null);

    /// <summary>An impersonated user, by their stored name.</summary>
    public static LegacyApiActor User(string name) => new(name, null);

    /// <summary>Impersonation refused.</summary>
    public static LegacyApiActor Refused(LegacyApiResponse refusal) => new("", refusal);

    /// <summary>True when someone other than <c>api</c> acts.</summary>
    public bool IsImpersonated => Refusal is null && Name != LegacyApiRequest.ApiUser;
}
