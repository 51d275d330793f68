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
    public DbSet<TicketPerson> Assignees => Set<TicketPerson>(Configurations.TicketPeopleMapping.Assignees);
    public DbSet<TicketPerson> Followers => Set<TicketPerson>(Configurations.TicketPeopleMapping.Followers);

    /// <summary>The most recent matches a search ranks: ranking costs per match, and a search should answer quickly.</summary>
    public const int MaxSearchMatches = 1_000;

    /// <summary>
    /// The newest <see cref="MaxSearchMatches"/> tickets matching an FTS5 query (the caller makes it safe), with their
    /// rank. FTS5 reads matches newest first, so ranking stops there however common the words are.
    /// </summary>
    public IQueryable<SearchMatch> Search(string ftsQuery) => Set<SearchMatch>().FromSql(
        $"SELECT rowid AS TicketId, bm25(tickets_fts, 10.0, 3.0, 1.0) AS Rank FROM tickets_fts WHERE tickets_fts MATCH {ftsQuery} ORDER BY rowid DESC LIMIT {MaxSearchMatches}");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
        Configurations.TicketPeopleMapping.Map(modelBuilder);
        modelBuilder.Entity<SearchMatch>().HasNoKey().ToView(null);
    }
}
