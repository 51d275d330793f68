using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NodePoint.Modules.Guestbook.Data;

internal sealed class GuestbookDbContextFactory : IDesignTimeDbContextFactory<GuestbookDbContext>
{
    public GuestbookDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GuestbookDbContext>().UseSqlite("Data Source=design.db").Options);
}
