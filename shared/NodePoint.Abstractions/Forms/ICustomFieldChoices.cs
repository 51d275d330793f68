namespace NodePoint.Abstractions.Forms;

/// <summary>The answers a module-contributed custom field offers the current user (resolved per request).</summary>
public interface ICustomFieldChoices
{
    /// <summary>The choices, as they are shown and stored.</summary>
    Task<IReadOnlyList<string>> ChoicesAsync(CancellationToken cancellationToken);
}
