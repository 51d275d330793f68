namespace NodePoint.Abstractions.Settings;

/// <summary>Shows instants, stored in UTC, in the site's time zone (a setting).</summary>
public interface ISiteTime
{
    /// <summary><paramref name="utc"/> as "yyyy-MM-dd HH:mm" in the site's zone.</summary>
    string Show(DateTime utc);

    /// <summary><paramref name="utc"/> converted to the site's zone.</summary>
    DateTime InSiteZone(DateTime utc);
}
