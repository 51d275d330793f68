using Microsoft.EntityFrameworkCore;

namespace NodePoint.Abstractions.Data;

/// <summary>
/// Implemented by the host: points a module's DbContext at the product database (the provider, the
/// connection, and a migrations history table of the module's own). Modules never choose the provider.
/// </summary>
public interface IModuleDatabase
{
    /// <summary>Configures <paramref name="options"/> for the module <paramref name="slug"/>.</summary>
    void Configure(DbContextOptionsBuilder options, string slug);
}
