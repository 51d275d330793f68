namespace NodePoint.Abstractions.Access;

/// <summary>Endpoint metadata naming the minimum level of a route, read by the access-matrix tests and the docs.</summary>
public sealed record RequiredLevel(AccessLevel Level);
