using NodePoint.Abstractions.Projects;

namespace NodePoint.Modules.Projects.Domain;

/// <summary>A project (the manual's "product"): what tickets, tasks, articles and items are filed against.</summary>
internal sealed class Project
{
    public const int MaxName = 50;
    public const int MaxModel = 50;
    public const int MaxDescription = 9_999;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string Model { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ProjectVisibility Visibility { get; private set; }
    public string? ImageFile { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ModifiedUtc { get; private set; }

    public static Project Create(string name, string model, string description, ProjectVisibility visibility) =>
        new() { Name = name, NormalizedName = Normalize(name), Model = model, Description = description, Visibility = visibility, CreatedUtc = DateTime.UtcNow };

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public void Update(string name, string model, string description, ProjectVisibility visibility)
    {
        Name = name;
        NormalizedName = Normalize(name);
        Model = model;
        Description = description;
        Visibility = visibility;
        ModifiedUtc = DateTime.UtcNow;
    }

    /// <summary>Sets the image; returns the stored file it replaces, for the caller to delete once saved.</summary>
    public string? ReplaceImage(string? storedName)
    {
        var old = ImageFile;
        ImageFile = storedName;
        ModifiedUtc = DateTime.UtcNow;
        return old;
    }
}
