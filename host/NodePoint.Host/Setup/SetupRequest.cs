namespace NodePoint.Host.Setup;

/// <summary>What first-time setup needs: the admin account, values for the declared settings, and which components start switched on.</summary>
internal sealed record SetupRequest(
    string AdminName,
    string AdminPassword,
    string AdminPasswordConfirmation,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, bool> Components);
