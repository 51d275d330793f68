namespace NodePoint.Abstractions.Jobs;

/// <summary>
/// A recurring job of a module. <paramref name="Id"/> is <c>&lt;slug&gt;:&lt;job&gt;</c>; <paramref name="Cron"/> a
/// five-field cron expression (UTC); <paramref name="JobType"/> implements <see cref="IRecurringJob"/> and is
/// registered in the module's container registrations.
/// </summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Type JobType)
{
    /// <summary>Declares a job of type <typeparamref name="TJob"/>.</summary>
    public static RecurringJobDefinition Create<TJob>(string id, string cron) where TJob : IRecurringJob =>
        new(id, cron, typeof(TJob));
}
