using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NodePoint.Host.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the host.</summary>
internal sealed class HostDbContextFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HostDbContext>();
        new SqliteModuleDatabase(new HostPaths(Path.GetTempPath(), AppContext.BaseDirectory)).Configure(options, HostDbContext.Slug);
        return new HostDbContext(options.Options);
    }
}
