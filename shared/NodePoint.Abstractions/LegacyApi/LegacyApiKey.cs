namespace NodePoint.Abstractions.LegacyApi;

/// <summary>Which API key a NodePoint-compatible call requires, as in the original: each key opens only its own calls.</summary>
public enum LegacyApiKey
{
    /// <summary>The read key (setting <c>api_read</c>); the write key is refused.</summary>
    Read,
    /// <summary>The write key (setting <c>api_write</c>); the read key is refused. The call acts as the user <c>api</c>.</summary>
    Write,
}
