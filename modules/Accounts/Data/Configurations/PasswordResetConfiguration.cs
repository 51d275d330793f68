using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Data.Configurations;

internal sealed class PasswordResetConfiguration : IEntityTypeConfiguration<PasswordReset>
{
    public void Configure(EntityTypeBuilder<PasswordReset> builder)
    {
        builder.ToTable("accounts_password_reset");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => new { r.UserId, r.CreatedUtc });
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
