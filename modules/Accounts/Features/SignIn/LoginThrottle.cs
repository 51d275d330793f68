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

    /// <summary>How long the caller must wait, or null when an attempt is allowed now.</summary>
    public TimeSpan? WaitBefore(string normalizedName, string? address)
    {
        var now = DateTime.UtcNow;
        lock (_gate)
        {
            var wait = Wait("user:" + normalizedName, AccountLimit, now);
            if (address is not null && Wait("addr:" + address, AddressLimit, now) is { } byAddress && (wait is null || byAddress > wait))
                wait = byAddress;
            return wait;
        }
    }

    public void Failed(string normalizedName, string? address)
    {
        var now = DateTime.UtcNow;
        lock (_gate)
        {
            Add("user:" + normalizedName, now);
            if (address is not null)
                Add("addr:" + address, now);
            if (_failures.Count > 50_000)
                Sweep(now);
        }
    }

    public void Succeeded(string normalizedName)
    {
        lock (_gate)
            _failures.Remove("user:" + normalizedName);
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
