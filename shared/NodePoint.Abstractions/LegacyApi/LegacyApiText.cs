using System.Globalization;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Abstractions.LegacyApi;

/// <summary>How the original read and printed values: lenient integers, Perl-style numbers and dates, stripped names.</summary>
public static class LegacyApiText
{
    /// <summary>What the original printed for a date that was never set.</summary>
    public const string Never = "Never";

    /// <summary>
    /// Perl's <c>int()</c> of a value that looks like a number, else 0: <c>"2.75"</c> → 2, <c>"-3.9"</c> → -3,
    /// <c>"1e3"</c> → 1000, <c>"12abc"</c> → 0. Values beyond the range of <see cref="long"/> are clamped to it.
    /// </summary>
    public static long ToInteger(string? value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            return 0;
        var truncated = Math.Truncate(number);
        return truncated >= long.MaxValue ? long.MaxValue : truncated <= long.MinValue ? long.MinValue : (long)truncated;
    }

    /// <summary>A number as Perl prints it: <c>10.0</c> → "10", <c>1.50</c> → "1.5" (at most 15 significant digits).</summary>
    public static string Number(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant as the original stored dates (Perl's scalar <c>localtime</c>, in the site's time zone):
    /// <c>Fri Dec  4 19:22:36 2026</c>; <see cref="Never"/> when <paramref name="utc"/> is null.
    /// </summary>
    public static string Timestamp(DateTime? utc, ISiteTime time)
    {
        if (utc is not { } instant)
            return Never;
        var local = time.InSiteZone(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd MMM} {local.Day,2} {local:HH:mm:ss yyyy}");
    }

    /// <summary>A user name reduced to the characters the original kept (<c>[A-Za-z0-9._-]</c>): <c>"a b"</c> → "ab".</summary>
    public static string UserName(string value) =>
        string.Concat(value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'));
}
