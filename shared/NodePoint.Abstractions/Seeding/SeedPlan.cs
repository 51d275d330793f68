namespace NodePoint.Abstractions.Seeding;

/// <summary>How much to seed. The same <paramref name="RandomSeed"/> gives the same data.</summary>
public sealed record SeedPlan(int Users, int Projects, int Tickets, double CommentsPerTicket, int RandomSeed)
{
    /// <summary>The password of every seeded user account.</summary>
    public const string UserPassword = "seed-pass-1";
}
