using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

internal sealed class TicketCommentConfiguration : IEntityTypeConfiguration<TicketComment>
{
    public void Configure(EntityTypeBuilder<TicketComment> builder)
    {
        builder.ToTable("tickets_comment");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Author).HasMaxLength(20);
        builder.Property(c => c.Text).HasMaxLength(TicketComment.MaxText);
        builder.HasIndex(c => new { c.TicketId, c.Id });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
