using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

internal sealed class TicketChangeConfiguration : IEntityTypeConfiguration<TicketChange>
{
    public void Configure(EntityTypeBuilder<TicketChange> builder)
    {
        builder.ToTable("tickets_change");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChangedBy).HasMaxLength(20);
        builder.Property(c => c.Field).HasMaxLength(40);
        builder.Property(c => c.OldValue).HasMaxLength(Ticket.MaxResolution);
        builder.Property(c => c.NewValue).HasMaxLength(Ticket.MaxResolution);
        builder.HasIndex(c => new { c.TicketId, c.Id });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
