namespace NodePoint.Host.LegacyApi;

/// <summary>Endpoint metadata marking the NodePoint-compatible API's routes.</summary>
internal sealed record LegacyApiRoute;
