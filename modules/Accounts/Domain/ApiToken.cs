namespace NodePoint.Modules.Accounts.Domain;

/// <summary>
/// A personal API token: shown once when made, stored as its SHA-256 (tokens are long and random, so a fast hash is
/// enough). It acts as its user with the user's current level, and dies when revoked or the user is disabled.
/// </summary>
internal sealed class ApiToken
{
    public const int MaxName = 50;
    public const int MaxPerUser = 20;
    private const string Marker = "np_";

    public int Id { get; private set; }
    public int UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    /// <summary>The first characters of the token, so its owner can tell tokens apart.</summary>
    public string Prefix { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime? LastUsedUtc { get; private set; }

    /// <summary>Makes a token for <paramref name="userId"/> and returns it with the only copy of its secret.</summary>
    public static (ApiToken Token, string Secret) Create(int userId, string name)
    {
        var secret = Marker + Tokens.NewCode(40);
        return (new ApiToken { UserId = userId, Name = name, TokenHash = Tokens.Hash(secret), Prefix = secret[..10], CreatedUtc = DateTime.UtcNow }, secret);
    }

    public static bool LooksLikeToken(string value) => value.StartsWith(Marker, StringComparison.Ordinal) && value.Length == Marker.Length + 40;
}
