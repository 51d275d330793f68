using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

/// <summary>Assignees and followers share one shape, mapped to two tables; both are looked up by user for the home page.</summary>
internal static class TicketPeopleMapping
{
    public const string Assignees = "Assignee";
    public const string Followers = "Follower";

    public static void Map(ModelBuilder modelBuilder)
    {
        foreach (var (name, table) in new[] { (Assignees, "tickets_assignee"), (Followers, "tickets_follower") })
        {
            modelBuilder.SharedTypeEntity<TicketPerson>(name, b =>
            {
                b.ToTable(table);
                b.HasKey(p => new { p.TicketId, p.NormalizedUserName });
                b.Property(p => p.UserName).HasMaxLength(20);
                b.Property(p => p.NormalizedUserName).HasMaxLength(20);
                b.HasIndex(p => new { p.NormalizedUserName, p.TicketId });
                b.HasOne<Ticket>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Cascade);
            });
        }
    }
}
