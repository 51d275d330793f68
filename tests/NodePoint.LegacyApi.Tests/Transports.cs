using NodePoint.Testing;

namespace NodePoint.LegacyApi.Tests;

/// <summary>The three ways scripts send calls, for theories.</summary>
public static class Transports
{
    public static readonly LegacyApiTransport[] Values = [LegacyApiTransport.Get, LegacyApiTransport.PostForm, LegacyApiTransport.PostMultipart];

    public static TheoryData<LegacyApiTransport> All => [.. Values];
}
