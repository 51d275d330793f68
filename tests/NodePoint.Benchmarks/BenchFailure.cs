namespace NodePoint.Benchmarks;

/// <summary>The harness itself cannot go on (bad arguments, wrk missing, the host does not start): exit 1 with the message.</summary>
internal sealed class BenchFailure(string message) : Exception(message);
