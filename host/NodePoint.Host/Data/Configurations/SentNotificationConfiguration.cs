using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NodePoint.Host.Data.Configurations;

internal sealed class SentNotificationConfiguration : IEntityTypeConfiguration<SentNotification>
{
    public void Configure(EntityTypeBuilder<SentNotification> builder)
    {
        builder.ToTable("host_sent_notification");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(80);
        builder.Property(s => s.Channel).HasMaxLength(40);
        builder.HasIndex(s => s.SentUtc);
    }
}
