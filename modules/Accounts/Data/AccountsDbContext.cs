using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Data;

/// <summary>
/// Users, password resets and personal API tokens. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project modules/Accounts --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
}
