using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

internal sealed class TicketAttachmentConfiguration : IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<TicketAttachment> builder)
    {
        builder.ToTable("tickets_attachment");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.StoredName).HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(TicketAttachment.MaxFileName);
        builder.Property(a => a.UploadedBy).HasMaxLength(20);
        builder.HasIndex(a => new { a.TicketId, a.Id });
        builder.HasIndex(a => a.CommentId);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TicketComment>().WithMany().HasForeignKey(a => a.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}
