namespace NodePoint.Abstractions.Accounts;

/// <summary>Looks users up (implemented by the Accounts module). Names match without regard to letter case.</summary>
public interface IUserDirectory
{
    /// <summary>The user named <paramref name="name"/>, or null.</summary>
    Task<UserDetails?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The users among <paramref name="names"/> that exist, in one query.</summary>
    Task<IReadOnlyList<UserDetails>> FindManyAsync(IEnumerable<string> names, CancellationToken cancellationToken = default);
}
