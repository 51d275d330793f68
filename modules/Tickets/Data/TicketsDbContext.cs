using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data;

/// <summary>
/// Tickets, assignees, followers, comments and history. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project modules/Tickets --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketComment> Comments => Set<TicketComment>();
    public DbSet<TicketChange> Changes => Set<TicketChange>();
    public DbSet<TicketPerson> Assignees => Set<TicketPerson>(Configurations.TicketPeopleMapping.Assignees);
    public DbSet<TicketPerson> Followers => Set<TicketPerson>(Configurations.TicketPeopleMapping.Followers);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
        Configurations.TicketPeopleMapping.Map(modelBuilder);
    }
}
