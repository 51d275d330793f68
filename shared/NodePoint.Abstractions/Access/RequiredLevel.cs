namespace NodePoint.Abstractions.Access;

/// <summary>
/// Endpoint metadata naming the minimum level of a route, read by the access-matrix tests and the docs.
/// <paramref name="GuestsWhen"/> names a Boolean setting that, when on, also lets guests in (such as "guest_tickets").
/// </summary>
public sealed record RequiredLevel(AccessLevel Level, string? GuestsWhen = null);
