namespace NodePoint.Abstractions.Seeding;

/// <summary>
/// Fills a module's own tables with realistic data for <c>NodePoint.Host seed</c> (demos and benchmarks), through its
/// real schema. Seeders run once each, by <see cref="Order"/>; earlier ones leave what later ones need in the
/// <see cref="SeedContext"/> (Accounts its users, Projects its projects).
/// </summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first: users 100, projects 200, tickets 300.</summary>
    int Order { get; }

    /// <summary>Seeds according to <see cref="SeedContext.Plan"/>, reporting through <see cref="SeedContext.Progress"/>.</summary>
    Task SeedAsync(SeedContext context, CancellationToken cancellationToken);
}
