using NodePoint.Abstractions.Access;

namespace NodePoint.Abstractions.Seeding;

/// <summary>What the seeders share while they run.</summary>
public sealed class SeedContext(SeedPlan plan, ISeedProgress progress)
{
    /// <summary>How much to seed.</summary>
    public SeedPlan Plan { get; } = plan;

    /// <summary>Where seeders report how far they are.</summary>
    public ISeedProgress Progress { get; } = progress;

    /// <summary>The one source of randomness, so a plan's random seed gives the same data.</summary>
    public Random Random { get; } = new(plan.RandomSeed);

    /// <summary>Users seeded so far (Accounts), with their levels.</summary>
    public List<SeededUser> Users { get; } = [];

    /// <summary>Projects seeded so far (Projects), with their releases and auto-assigned users.</summary>
    public List<SeededProject> Projects { get; } = [];
}

/// <summary>A seeded user account.</summary>
public sealed record SeededUser(string Name, AccessLevel Level);

/// <summary>A seeded project: its releases (versions) and the users auto-assigned to its new tickets.</summary>
public sealed record SeededProject(int Id, string Name, IReadOnlyList<string> Releases, IReadOnlyList<string> AutoAssignees);
