using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("accounts_api_token");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(ApiToken.MaxName);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(10);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
