namespace NodePoint.Abstractions.LegacyApi;

/// <summary>
/// The answer to a call: <c>message</c>, then <c>status</c>, then the call's own fields in the order they are added.
/// <code>return LegacyApiResponse.Ok("Users list.").With("users", users.Select(u => new LegacyApiObject { { "name", u.Name } }));</code>
/// </summary>
public sealed class LegacyApiResponse : LegacyApiObject
{
    private LegacyApiResponse(string status, string message)
    {
        Status = status;
        Message = message;
        Add("message", message);
        Add("status", status);
    }

    /// <summary>The status code (<see cref="LegacyApiStatus"/>).</summary>
    public string Status { get; }

    /// <summary>The human sentence.</summary>
    public string Message { get; }

    /// <summary>True when <see cref="Status"/> is <c>OK</c>.</summary>
    public bool IsOk => Status == LegacyApiStatus.Ok;

    /// <summary>A success with <paramref name="message"/> ("Users list.", "Ticket 12 added.").</summary>
    public static LegacyApiResponse Ok(string message) => new(LegacyApiStatus.Ok, message);

    /// <summary>A failure with one of the <see cref="LegacyApiStatus"/> codes.</summary>
    public static LegacyApiResponse Error(string status, string message) => new(status, message);

    /// <summary><c>ERR_MISSING_ARGUMENT</c> / <c>Missing '&lt;name&gt;' argument.</c></summary>
    public static LegacyApiResponse MissingArgument(string name) => Error(LegacyApiStatus.MissingArgument, $"Missing '{name}' argument.");

    /// <summary><c>ERR_INVALID_ARGUMENT</c> with <paramref name="message"/>.</summary>
    public static LegacyApiResponse InvalidArgument(string message) => Error(LegacyApiStatus.InvalidArgument, message);

    /// <summary>Adds a string field and returns this answer.</summary>
    public LegacyApiResponse With(string name, string value)
    {
        Add(name, value);
        return this;
    }

    /// <summary>Adds a number, written as a string, and returns this answer.</summary>
    public LegacyApiResponse With(string name, long value)
    {
        Add(name, value);
        return this;
    }

    /// <summary>Adds a list of objects and returns this answer.</summary>
    public LegacyApiResponse With(string name, IEnumerable<LegacyApiObject> items)
    {
        Add(name, items);
        return this;
    }

    /// <summary>Adds a list of objects read while the answer is written and returns this answer.</summary>
    public LegacyApiResponse With(string name, IAsyncEnumerable<LegacyApiObject> items)
    {
        Add(name, items);
        return this;
    }
}
