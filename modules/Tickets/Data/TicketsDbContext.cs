using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data;

/// <summary>
/// Tickets, assignees, followers, comments, attachments, history and custom forms; full-text search in <c>tickets_fts</c>. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project modules/Tickets --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketComment> Comments => Set<TicketComment>();
    public DbSet<TicketChange> Changes => Set<TicketChange>();
    public DbSet<TicketAttachment> Attachments => Set<TicketAttachment>();
    public DbSet<CustomForm> Forms => Set<CustomForm>();

    /// <summary>Tickets matching an FTS5 query (the caller makes it safe), ranked, with the matches marked.</summary>
    public IQueryable<SearchMatch> Search(string ftsQuery) => Set<SearchMatch>().FromSql(
        $"SELECT rowid AS TicketId, bm25(tickets_fts, 10.0, 3.0, 1.0) AS Rank, highlight(tickets_fts, 0, char(2), char(3)) AS TitleHit, snippet(tickets_fts, -1, char(2), char(3), '…', 16) AS Snippet FROM tickets_fts WHERE tickets_fts MATCH {ftsQuery}");
    public DbSet<TicketPerson> Assignees => Set<TicketPerson>(Configurations.TicketPeopleMapping.Assignees);
    public DbSet<TicketPerson> Followers => Set<TicketPerson>(Configurations.TicketPeopleMapping.Followers);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
        Configurations.TicketPeopleMapping.Map(modelBuilder);
        modelBuilder.Entity<SearchMatch>().HasNoKey().ToView(null);
    }
}
