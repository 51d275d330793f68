namespace NodePoint.Modules.Tickets.Domain;

/// <summary>
/// A ticket entry form made by level 4: a name, up to ten questions (the first one is the title) each with an answer
/// type, linked to at most one project, or the default form for projects without their own.
/// </summary>
internal sealed class CustomForm
{
    public const int MaxFields = 10;
    public const int MaxName = 50;
    public const int MaxQuestion = 200;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int? ProjectId { get; private set; }
    public bool IsDefault { get; private set; }
    public DateTime ModifiedUtc { get; private set; }
    public List<CustomFormField> Fields { get; private set; } = [];

    public static CustomForm Create() => new();

    public void Set(string name, int? projectId, bool isDefault, IEnumerable<CustomFormField> fields)
    {
        (Name, ProjectId, IsDefault, ModifiedUtc) = (name, projectId, isDefault, DateTime.UtcNow);
        Fields = fields.ToList();
    }

    public void Unlink() => ProjectId = null;

    public void NotDefault() => IsDefault = false;
}

/// <summary>One question of a custom form and the key of its answer type (see <c>FieldTypes</c>).</summary>
internal sealed record CustomFormField(int Position, string Question, string Type);
