using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets_ticket");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Release).HasMaxLength(50);
        builder.Property(t => t.Title).HasMaxLength(Ticket.MaxTitle);
        builder.Property(t => t.Description).HasMaxLength(Ticket.MaxDescription);
        builder.Property(t => t.Resolution).HasMaxLength(Ticket.MaxResolution);
        builder.Property(t => t.Custom).HasMaxLength(Ticket.MaxCustom);
        builder.Property(t => t.CreatedBy).HasMaxLength(20);
        builder.Property(t => t.NormalizedCreatedBy).HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.Priority).HasConversion<int>();
        // The list filters by project, status, priority and creator, newest first, and sorts by modification.
        builder.HasIndex(t => new { t.ProjectId, t.Id });
        builder.HasIndex(t => new { t.ProjectId, t.Status, t.Id });
        builder.HasIndex(t => new { t.Status, t.Id });
        builder.HasIndex(t => new { t.Priority, t.Id });
        builder.HasIndex(t => new { t.NormalizedCreatedBy, t.Id });
        builder.HasIndex(t => new { t.ModifiedUtc, t.Id });
    }
}
