namespace NodePoint.Abstractions.Data;

/// <summary>
/// The upload folder (a setting): files are stored under random names outside the web root, so a name can never
/// escape the folder or be guessed; modules keep the original name themselves and serve files after their own checks.
/// </summary>
public interface IUploadStore
{
    /// <summary>False when the admin left the upload folder empty: uploads are off.</summary>
    bool IsEnabled { get; }

    /// <summary>Largest accepted file in bytes (the "Maximum upload size" setting).</summary>
    long MaxBytes { get; }

    /// <summary>Null when <paramref name="fileName"/>'s extension is allowed; otherwise the reason.</summary>
    string? CheckExtension(string fileName);

    /// <summary>Stores <paramref name="content"/> and returns its random stored name.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file, or null when <paramref name="storedName"/> is not one of ours.</summary>
    Stream? OpenRead(string storedName);

    /// <summary>Removes a stored file; nothing happens when it is already gone.</summary>
    void Delete(string storedName);
}
