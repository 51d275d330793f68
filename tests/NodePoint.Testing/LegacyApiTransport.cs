namespace NodePoint.Testing;

/// <summary>How a script sends a call of the NodePoint-compatible API: all three must work alike.</summary>
public enum LegacyApiTransport
{
    /// <summary>GET with the arguments in the query string.</summary>
    Get,
    /// <summary>POST with an <c>application/x-www-form-urlencoded</c> body.</summary>
    PostForm,
    /// <summary>POST with a <c>multipart/form-data</c> body.</summary>
    PostMultipart,
}
