namespace NodePoint.Host.Components;

/// <summary>Endpoint metadata naming the component that owns a page or endpoint, so a disabled one answers 404.</summary>
internal sealed record ComponentEndpoint(string Slug);
