using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Seeding;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.Seeding;

/// <summary>
/// Seeds users: <c>agent</c> (level 3), <c>reporter</c> (level 1) and <c>manager</c> (level 5) first, then
/// <c>user00004</c>… spread over the levels like a real help desk (mostly level 1). All share one password
/// (<see cref="SeedPlan.UserPassword"/>), hashed once, and no email.
/// </summary>
internal sealed class UserSeeder(AccountsDbContext db) : IDataSeeder
{
    private const int Batch = 5_000;

    public int Order => 100;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var hash = Passwords.Hash(SeedPlan.UserPassword);
        context.Progress.Start("users", context.Plan.Users);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 1; n <= context.Plan.Users; n++)
        {
            var (name, level) = n switch
            {
                1 => ("agent", AccessLevel.TicketsManagement),
                2 => ("reporter", AccessLevel.Authorized),
                3 => ("manager", AccessLevel.UsersManagement),
                _ => ($"user{n:D5}", LevelFor(context.Random.NextDouble())),
            };
            db.Users.Add(User.CreateLocal(name, hash, level));
            context.Users.Add(new SeededUser(name, level));
            if (n % Batch == 0 || n == context.Plan.Users)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                context.Progress.Advance(n % Batch == 0 ? Batch : n % Batch);
            }
        }
        context.Progress.Finish();
    }

    private static AccessLevel LevelFor(double draw) => draw switch
    {
        < 0.08 => AccessLevel.Unauthorized,
        < 0.78 => AccessLevel.Authorized,
        < 0.86 => AccessLevel.RestrictedView,
        < 0.95 => AccessLevel.TicketsManagement,
        < 0.98 => AccessLevel.ProjectsManagement,
        _ => AccessLevel.UsersManagement,
    };
}
