using Microsoft.Extensions.Primitives;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// The arguments of a call: the query string of a GET, or only the form body of a POST (url-encoded or multipart),
/// as CGI.pm read them for the original. A repeated argument counts with its first value.
/// </summary>
internal sealed class LegacyApiArguments
{
    private static readonly LegacyApiArguments None = new(_ => StringValues.Empty);

    private readonly Func<string, StringValues> _values;

    private LegacyApiArguments(Func<string, StringValues> values) => _values = values;

    public static async Task<LegacyApiArguments> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
            return new(name => request.Query[name]);
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            return None;
        var form = await request.ReadFormAsync(cancellationToken);
        return new(name => form[name]);
    }

    /// <summary>True when the request names a call (<c>api</c> present and not "0"); a form that cannot be read names none.</summary>
    public static async Task<bool> NamesACallAsync(HttpRequest request)
    {
        try
        {
            return (await ReadAsync(request, request.HttpContext.RequestAborted)).First("api") is not ("" or "0");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return false; // the page answers the malformed post as it would any other
        }
    }

    public string First(string name) => _values(name) is { Count: > 0 } values ? values[0] ?? "" : "";

    public bool Has(string name) => _values(name).Count > 0;
}
