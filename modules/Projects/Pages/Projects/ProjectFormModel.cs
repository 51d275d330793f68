namespace NodePoint.Modules.Projects.Pages.Projects;

/// <summary>What the project form shows: the values typed (kept after an error) and the problems.</summary>
internal sealed record ProjectFormModel(int Id, bool IsNew, string Name, string ModelText, string Description, string Visibility, string InitialRelease, IReadOnlyDictionary<string, string> Errors);
