namespace NodePoint.Testing;

/// <summary>Real executable scripts in a temporary folder, as an organisation would install them.</summary>
public sealed class Scripts : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("nodepoint-scripts-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes <paramref name="body"/> as an executable bash script and returns its path.</summary>
    public string Write(string name, string body)
    {
        var path = PathOf(name);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A script that saves its arguments, NUL-separated, in the file "args", so any character survives the trip.</summary>
    public string Recorder() => Write("record", $"printf '%s\\0' \"$@\" > '{PathOf("args")}'");

    /// <summary>The arguments the recorder received.</summary>
    public string[] RecordedArguments()
    {
        var text = File.ReadAllText(PathOf("args"));
        return text.Length == 0 ? [] : text[..^1].Split('\0');
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
