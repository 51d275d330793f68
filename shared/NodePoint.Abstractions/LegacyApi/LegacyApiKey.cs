namespace NodePoint.Abstractions.LegacyApi;

/// <summary>Which API key a NodePoint-compatible call requires, as in the original.</summary>
public enum LegacyApiKey
{
    /// <summary>The read key; the write key is refused.</summary>
    Read,
    /// <summary>The write key; the read key is refused.</summary>
    Write,
}
