namespace NodePoint.Abstractions.LegacyApi;

/// <summary>The <c>status</c> codes of the NodePoint-compatible API (behaviour reference §1.2).</summary>
public static class LegacyApiStatus
{
    /// <summary>Success.</summary>
    public const string Ok = "OK";
    /// <summary>A required argument is absent, empty or "0": <c>Missing '&lt;name&gt;' argument.</c></summary>
    public const string MissingArgument = "ERR_MISSING_ARGUMENT";
    /// <summary>The key is not the one the call needs.</summary>
    public const string InvalidKey = "ERR_INVALID_KEY";
    /// <summary>No enabled component answers that <c>api</c> value.</summary>
    public const string InvalidApi = "ERR_INVALID_API";
    /// <summary>No record with that id (show_ticket).</summary>
    public const string InvalidId = "ERR_INVALID_ID";
    /// <summary>No project with that <c>product_id</c>.</summary>
    public const string InvalidProductId = "ERR_INVALID_PRODUCT_ID";
    /// <summary>An argument's value is refused (impersonation, duplicates, bad choices).</summary>
    public const string InvalidArgument = "ERR_INVALID_ARGUMENT";
    /// <summary>An argument is too short or too long.</summary>
    public const string ArgumentLength = "ERR_ARGUMENT_LENGTH";
    /// <summary>Wrong credentials (verify_password) or unknown user (change_password).</summary>
    public const string InvalidCredentials = "ERR_INVALID_CRED";
    /// <summary>Accounts are managed by a directory (or another external login), so the call cannot change them.</summary>
    public const string DirectoryEnabled = "ERR_AD_ENABLED";
    /// <summary>The directory (external login) could not be reached.</summary>
    public const string DirectoryConnection = "ERR_AD_CONNECTION";
    /// <summary>An argument has the wrong format (add_task's due date).</summary>
    public const string InvalidFormat = "ERR_INVALID_FORMAT";
}
