using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Html.Metadata;

/// <summary>
/// A publication date as a page writes it, parsed and normalized to ISO 8601: "2020-06-03", or
/// "2020-06-03T10:15:00-05:00" when the page gives the time (and the offset when it gives one).
/// </summary>
public sealed partial record DateValue(string Iso, DateOnly Day, bool HasTime)
{
    /// <summary>Parses ISO 8601 (also with a space, "+0000" or "UTC"), compact 20200603, epoch seconds or milliseconds, 03.06.2020 and RFC 1123 / English forms.</summary>
    public static DateValue? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (IsoPattern().Match(text) is { Success: true } iso)
            return FromParts(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value,
                iso.Groups["H"].Value, iso.Groups["M"].Value, iso.Groups["S"].Value, iso.Groups["z"].Value);
        if (CompactPattern().Match(text) is { Success: true } compact)
            return FromParts(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value, "", "", "", "");
        if (EpochPattern().IsMatch(text) && long.TryParse(text, CultureInfo.InvariantCulture, out var epoch))
        {
            var moment = text.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return new DateValue(moment.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture), DateOnly.FromDateTime(moment.UtcDateTime), true);
        }
        if (DottedPattern().Match(text) is { Success: true } dotted)
            return FromParts(dotted.Groups["y"].Value, dotted.Groups["m"].Value, dotted.Groups["d"].Value, "", "", "", "");
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var hasTime = parsed.TimeOfDay != TimeSpan.Zero;
            var hasZone = ZonePattern().IsMatch(text);
            var normalized = hasTime
                ? parsed.ToString(hasZone ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                : parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new DateValue(normalized, DateOnly.FromDateTime(parsed.DateTime), hasTime);
        }
        return null;
    }

    /// <summary>A plausible publication date: not before the web's news era and not after <paramref name="now"/> (the fetch time).</summary>
    public bool IsPlausible(DateTimeOffset now) => Day.Year >= 1990 && Day <= DateOnly.FromDateTime(now.UtcDateTime.AddDays(1));

    /// <summary>A calendar day without a time, or null when there is no such day (February 30).</summary>
    public static DateValue? OfDay(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
            return null;
        var date = new DateOnly(year, month, day);
        return new DateValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, false);
    }

    private static DateValue? FromParts(string y, string m, string d, string hour, string minute, string second, string zone)
    {
        if (!int.TryParse(y, out var year) || !int.TryParse(m, out var month) || !int.TryParse(d, out var day)
            || OfDay(year, month, day) is not { } dayOnly)
            return null;
        var date = dayOnly.Day;
        var iso = dayOnly.Iso;
        if (hour.Length == 0)
            return dayOnly;
        var h = int.Parse(hour, CultureInfo.InvariantCulture);
        var min = int.Parse(minute, CultureInfo.InvariantCulture);
        var s = second.Length > 0 ? int.Parse(second, CultureInfo.InvariantCulture) : 0;
        if (h > 23 || min > 59 || s > 59)
            return new DateValue(iso, date, false);
        iso += $"T{h:00}:{min:00}:{s:00}" + NormalizeZone(zone);
        return new DateValue(iso, date, true);
    }

    private static string NormalizeZone(string zone) => zone.Trim().ToUpperInvariant() switch
    {
        "" => "",
        "Z" or "UTC" or "GMT" => "+00:00",
        var z when z.Length == 5 => z[..3] + ":" + z[3..],
        var z => z,
    };

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)$")]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"^\d{10}(?:\d{3})?$")]
    private static partial Regex EpochPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})")]
    private static partial Regex DottedPattern();

    [GeneratedRegex(@"(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ZonePattern();
}
