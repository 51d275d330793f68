namespace NodePoint.Abstractions.LegacyApi;

/// <summary>
/// One call as the handler sees it, implemented by the host. Arguments come from the query string of a GET, or only
/// from the form body of a POST (the query is ignored then, as in the original); a repeated argument counts once,
/// with its first value. The handler drives the order of the checks:
/// <code>
/// if ((request.Require("user", "password") ?? request.CheckKey()) is { } refused)
///     return refused;
/// </code>
/// </summary>
public abstract class LegacyApiRequest
{
    /// <summary>The pseudo-user that write calls act as.</summary>
    public const string ApiUser = "api";

    /// <summary>The call's name (<c>list_users</c>).</summary>
    public abstract string Call { get; }

    /// <summary>The key the call needs.</summary>
    public abstract LegacyApiKey Key { get; }

    /// <summary>The first value of the argument <paramref name="name"/>, or "" when it was not sent.</summary>
    public abstract string Text(string name);

    /// <summary>True when the argument was sent, even empty (the original's "defined" checks).</summary>
    public abstract bool Has(string name);

    /// <summary>
    /// True when the argument counts as absent the way the original tested it: not sent, empty, or exactly "0"
    /// (so <c>id=0</c> is "missing").
    /// </summary>
    public bool IsMissing(string name) => Text(name) is "" or "0";

    /// <summary>
    /// The argument as an integer, parsed leniently like the original: not a number gives 0, decimals are truncated
    /// (<c>2.75</c> gives 2) and exponents work (<c>1e3</c> gives 1000).
    /// </summary>
    public long Integer(string name) => LegacyApiText.ToInteger(Text(name));

    /// <summary><c>ERR_MISSING_ARGUMENT</c> for the first of <paramref name="names"/> that <see cref="IsMissing"/>, or null.</summary>
    public LegacyApiResponse? Require(params string[] names) =>
        names.FirstOrDefault(IsMissing) is { } missing ? LegacyApiResponse.MissingArgument(missing) : null;

    /// <summary>
    /// Checks the <c>key</c> argument against the key this call needs: null when it matches; otherwise
    /// <c>ERR_MISSING_ARGUMENT</c> (no key) or <c>ERR_INVALID_KEY</c> (wrong key, the other call kind's key, or no key
    /// configured). From a match on, the request acts as the <see cref="ApiUser"/> (audit lines say "api").
    /// </summary>
    public abstract LegacyApiResponse? CheckKey();

    /// <summary>
    /// Who the call acts for: <see cref="ApiUser"/>, or the existing, enabled user named in <c>from_user</c> when the
    /// "Allow user impersonation" setting is on; otherwise the refusal (<c>ERR_INVALID_ARGUMENT</c>) to return.
    /// Call it after <see cref="CheckKey"/>, and only in calls that accept <c>from_user</c>.
    /// </summary>
    public abstract Task<LegacyApiActor> ActorAsync(CancellationToken cancellationToken);
}
