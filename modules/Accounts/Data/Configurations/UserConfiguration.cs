using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("accounts_user");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(UserName.MaxLength);
        builder.Property(u => u.NormalizedName).HasMaxLength(UserName.MaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.ExternalSource).HasMaxLength(60);
        builder.Property(u => u.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(u => u.ConfirmationCodeHash).HasMaxLength(64);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.Level).HasConversion<int>();
        // Every login and request looks a user up by name; the users list filters by level and sorts by name.
        builder.HasIndex(u => u.NormalizedName).IsUnique();
        builder.HasIndex(u => new { u.Level, u.NormalizedName });
        builder.HasIndex(u => u.NormalizedEmail);
    }
}
