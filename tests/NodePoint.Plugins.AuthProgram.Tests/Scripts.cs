namespace NodePoint.Plugins.AuthProgram.Tests;

/// <summary>Real executable scripts in a temporary folder, as an organisation would install them.</summary>
internal sealed class Scripts : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("nodepoint-auth-").FullName;

    /// <summary>Writes <paramref name="body"/> as an executable bash script and returns its path.</summary>
    public string Write(string name, string body)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
