namespace NodePoint.Abstractions.Accounts;

/// <summary>One counter on a user's summary page.</summary>
public sealed record UserStatistic(string Label, string Value);
