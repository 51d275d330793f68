using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Data.Configurations;

/// <summary>A form's questions are read and written together, so they are one JSON column.</summary>
internal sealed class CustomFormConfiguration : IEntityTypeConfiguration<CustomForm>
{
    public void Configure(EntityTypeBuilder<CustomForm> builder)
    {
        builder.ToTable("tickets_form");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(CustomForm.MaxName);
        builder.Property(f => f.Fields).HasConversion(
            fields => JsonSerializer.Serialize(fields, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<List<CustomFormField>>(json, JsonSerializerOptions.Default) ?? new List<CustomFormField>(),
            new ValueComparer<List<CustomFormField>>((a, b) => a!.SequenceEqual(b!), f => f.Count, f => f.ToList()));
        builder.HasIndex(f => f.ProjectId);
    }
}
