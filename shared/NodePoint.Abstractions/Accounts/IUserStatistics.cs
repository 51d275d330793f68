namespace NodePoint.Abstractions.Accounts;

/// <summary>Counters a module adds to a user's summary page (tickets created, hours, items held ...).</summary>
public interface IUserStatistics
{
    /// <summary>The module's counters for <paramref name="userName"/>.</summary>
    Task<IReadOnlyList<UserStatistic>> ForUserAsync(string userName, CancellationToken cancellationToken);
}
