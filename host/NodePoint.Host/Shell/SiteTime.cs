using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;

namespace NodePoint.Host.Shell;

/// <summary>Converts stored UTC instants to the time zone chosen in Settings.</summary>
internal sealed class SiteTime(ISettings settings) : ISiteTime
{
    public string Show(DateTime utc) => InSiteZone(utc).ToString("yyyy-MM-dd HH:mm");

    public DateTime InSiteZone(DateTime utc)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(settings.Get(CoreSettings.TimeZone), out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }
}
