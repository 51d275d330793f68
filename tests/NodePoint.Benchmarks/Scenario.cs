namespace NodePoint.Benchmarks;

/// <summary>
/// One load scenario: the Lua body wrk runs (a <c>request()</c> function, for write calls also a <c>response()</c>
/// that checks the answer), one sample request the harness sends itself before and after the run to check that the
/// scenario really gets its page or answer (wrk does not count redirects as errors), and the target, if the issue sets one.
/// </summary>
internal sealed record Scenario(string Name, string Description, string LuaBody, SampleRequest Sample, Target? Target = null);

/// <summary>A request the harness sends with HttpClient; <paramref name="Legacy"/> answers must also say <c>"status": "OK"</c>.</summary>
internal sealed record SampleRequest(string Method, string Path, string? FormBody = null, bool Legacy = false, bool LoggedIn = false);

/// <summary>A target from the issue (stated for 1,000,000 tickets and 16 concurrent users).</summary>
internal sealed record Target(string Text, Func<WrkResult, bool> IsMet)
{
    public static Target MinRequestsPerSecond(double rps) => new($"≥ {rps:N0} req/s", r => r.RequestsPerSecond >= rps);

    public static Target MaxP95(double milliseconds) => new($"p95 < {milliseconds:0} ms", r => r.P95Ms < milliseconds);
}
