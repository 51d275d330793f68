using Autofac;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Modules;

namespace NodePoint.Abstractions.Data;

/// <summary>Registration helpers for module data.</summary>
public static class ModuleDataExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> (one instance per request) on the product database, with the
    /// migrations history table <c>__migrations_&lt;slug&gt;</c>, and asks the host to migrate it at start.
    /// The context needs a public constructor taking <c>DbContextOptions&lt;TContext&gt;</c>.
    /// </summary>
    public static void AddModuleDbContext<TContext>(this ContainerBuilder builder, NodePointModule module)
        where TContext : DbContext
    {
        var slug = module.Slug;
        builder.Register(c =>
            {
                var options = new DbContextOptionsBuilder<TContext>();
                c.Resolve<IModuleDatabase>().Configure(options, slug);
                return options.Options;
            })
            .As<DbContextOptions<TContext>>()
            .SingleInstance();
        builder.RegisterType<TContext>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterInstance(new ModuleDbContextRegistration(slug, typeof(TContext)));
    }
}
