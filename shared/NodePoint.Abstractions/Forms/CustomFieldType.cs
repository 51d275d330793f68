namespace NodePoint.Abstractions.Forms;

/// <summary>A field type a module adds to custom forms, such as "client" (Clients) or "item" (Inventory).</summary>
public sealed record CustomFieldType(string Key, string DisplayName, string Description);
