using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Guestbook.Domain;

namespace NodePoint.Modules.Guestbook.Data;

/// <summary>Add a migration with <c>dotnet ef migrations add &lt;Name&gt; --project tests/SampleModules/Guestbook --output-dir Data/Migrations</c>.</summary>
internal sealed class GuestbookDbContext(DbContextOptions<GuestbookDbContext> options) : DbContext(options)
{
    public DbSet<GuestbookEntry> Entries => Set<GuestbookEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<GuestbookEntry>();
        entry.ToTable("guestbook_entry");
        entry.Property(e => e.Author).HasMaxLength(GuestbookEntry.MaxAuthor);
        entry.Property(e => e.Message).HasMaxLength(GuestbookEntry.MaxMessage);
        entry.HasIndex(e => e.AtUtc);
    }
}
