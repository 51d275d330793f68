using System.Text.RegularExpressions;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Data;

/// <summary>Files in the upload folder (relative paths are under the data folder), named by 32 random hex digits.</summary>
internal sealed partial class UploadStore(ISettings settings, HostPaths paths) : IUploadStore
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex StoredName();

    public bool IsEnabled => settings.Get(CoreSettings.UploadFolder).Length > 0;

    public long MaxBytes => settings.GetInt(CoreSettings.MaxUploadSize);

    public string? CheckExtension(string fileName)
    {
        var allowed = settings.Get(CoreSettings.UploadExtensions).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        return allowed.Length == 0 || allowed.Contains(extension)
            ? null
            : $"Files of type '.{extension}' are not accepted here; allowed: {string.Join(", ", allowed.Select(a => "." + a))}.";
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var folder = Folder();
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N");
        await using var file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
        return name;
    }

    public Stream? OpenRead(string storedName)
    {
        var path = Path.Combine(Folder(), storedName);
        return StoredName().IsMatch(storedName) && File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string storedName)
    {
        if (StoredName().IsMatch(storedName))
            File.Delete(Path.Combine(Folder(), storedName));
    }

    private string Folder() => Path.GetFullPath(settings.Get(CoreSettings.UploadFolder), paths.DataFolder);
}
