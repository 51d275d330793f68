namespace NodePoint.Benchmarks;

/// <summary>What one wrk run reported through the script's <c>done()</c>: throughput, latency percentiles and error counts.</summary>
internal sealed record WrkResult(
    long Requests, double Seconds, double P50Ms, double P95Ms, double P99Ms, long SocketErrors, long Timeouts, long Non2xx, long ApiErrors, string? FirstError)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>Connection, read and write errors and timeouts (the request got no answer).</summary>
    public long Errors => SocketErrors + Timeouts;

    /// <summary>Answers that were not a success: HTTP 4xx/5xx, and legacy answers whose status is not OK.</summary>
    public long Failed => Non2xx + ApiErrors;
}
