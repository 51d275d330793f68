namespace NodePoint.Plugins.Programs;

/// <summary>A <c>%name%</c> a hook's command line may use, and what it holds (shown in the setting's help).</summary>
internal sealed record ProgramVariable(string Name, string Meaning);
