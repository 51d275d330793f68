namespace NodePoint.Host.Security;

/// <summary>Claim types of the NodePoint session cookie.</summary>
internal static class NodePointClaims
{
    public const string Level = "np:level";
    public const string Kind = "np:kind";
    /// <summary>Changes when the account's password or level changes, so old sessions end on their next request.</summary>
    public const string Stamp = "np:stamp";
}
