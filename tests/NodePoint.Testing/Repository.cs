namespace NodePoint.Testing;

/// <summary>Paths in the source tree the tests were built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NodePoint.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NodePoint.sln not found above " + AppContext.BaseDirectory);
    }
}
