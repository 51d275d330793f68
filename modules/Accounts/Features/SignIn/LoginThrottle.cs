namespace NodePoint.Modules.Accounts.Features.SignIn;

/// <summary>
/// Slows password guessing: after 5 failures for one account, or 20 from one address, within 15 minutes, further
/// attempts are refused until the oldest failure leaves the window. Kept in memory: a restart forgets it.
/// </summary>
internal sealed class LoginThrottle
{
    public const int AccountLimit = 5;
    public const int AddressLimit = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, List<DateTime>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Returns how long the caller must wait, or reserves the attempt by counting it as a failure at once, in the same
    /// lock, so a burst of parallel guesses cannot all pass the check before any failure is recorded.
    /// </summary>
    public TimeSpan? TryReserve(string normalizedName, string? address)
    {
        var now = DateTime.UtcNow;
        lock (_gate)
        {
            var wait = Wait("user:" + normalizedName, AccountLimit, now);
            if (address is not null && Wait("addr:" + address, AddressLimit, now) is { } byAddress && (wait is null || byAddress > wait))
                wait = byAddress;
            if (wait is not null)
                return wait;
            Add("user:" + normalizedName, now);
            if (address is not null)
                Add("addr:" + address, now);
            if (_failures.Count > 50_000)
                Sweep(now);
            return null;
        }
    }

    /// <summary>A reserved attempt succeeded: the account starts afresh and the address gets its attempt back.</summary>
    public void Succeeded(string normalizedName, string? address)
    {
        lock (_gate)
        {
            _failures.Remove("user:" + normalizedName);
            if (address is not null && _failures.TryGetValue("addr:" + address, out var times) && times.Count > 0)
                times.RemoveAt(times.Count - 1);
        }
    }

    private TimeSpan? Wait(string key, int limit, DateTime now)
    {
        if (!_failures.TryGetValue(key, out var times))
            return null;
        times.RemoveAll(t => now - t >= Window);
        return times.Count >= limit ? times[^limit] + Window - now : null;
    }

    private void Add(string key, DateTime now)
    {
        if (!_failures.TryGetValue(key, out var times))
            _failures[key] = times = [];
        times.Add(now);
    }

    private void Sweep(DateTime now)
    {
        foreach (var key in _failures.Where(p => p.Value.TrueForAll(t => now - t >= Window)).Select(p => p.Key).ToList())
            _failures.Remove(key);
    }
}
