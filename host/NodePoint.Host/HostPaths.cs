namespace NodePoint.Host;

/// <summary>Where the data folder and the components live, read once from the command line, configuration or environment.</summary>
internal sealed record HostPaths(string DataFolder, string ComponentsRoot)
{
    public string Database => Path.Combine(DataFolder, "nodepoint.db");
    public string JobsDatabase => Path.Combine(DataFolder, "hangfire.db");
    public string KeysFolder => Path.Combine(DataFolder, "keys");

    // No shared cache: it locks whole tables between connections; write-ahead logging lets readers and a writer overlap.
    public string ConnectionString => $"Data Source={Database};Pooling=True";

    /// <summary>
    /// Data folder: <c>--data</c>, then <c>NodePoint:DataFolder</c> (env <c>NodePoint__DataFolder</c>), else <c>./data</c>.
    /// Components: <c>NodePoint:ComponentsRoot</c>, else the host's own folder.
    /// </summary>
    public static HostPaths From(IConfiguration configuration)
    {
        var data = configuration["data"] ?? configuration["NodePoint:DataFolder"] ?? "data";
        var components = configuration["NodePoint:ComponentsRoot"] ?? AppContext.BaseDirectory;
        return new HostPaths(Path.GetFullPath(data), Path.GetFullPath(components));
    }

    public void EnsureDataFolder()
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(KeysFolder);
    }
}
