using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Dates;

/// <summary>
/// Which temporal expressions are dates in the output contract: a day, a month or a year. Weeks, decades,
/// centuries, durations, sets and reference words ("now") are not; a season or a quarter counts as its year.
/// An expression that could not be anchored stays, with value null.
/// </summary>
public static partial class DateMentions
{
    public static DateMention? From(Timex timex, string text)
    {
        if (timex.Type is not (TimexType.Date or TimexType.Time))
            return null;
        var span = text[timex.Start..timex.End];
        if (timex.Value is null)
            return Unanchored(span) ? new DateMention(span, null, "day", timex.Start, timex.End) : null;
        var match = CalendarValue().Match(timex.Value);
        if (!match.Success)
            return null;
        var value = match.Groups["season"].Success || match.Groups["quarter"].Success ? match.Groups["year"].Value : match.Groups["date"].Value;
        var granularity = value.Length switch { 10 => "day", 7 => "month", _ => "year" };
        return new DateMention(span, value, granularity, timex.Start, timex.End);
    }

    /// <summary>A relative day or month name without an anchor is still a date ("Tuesday"); "this week" or "now" is not.</summary>
    private static bool Unanchored(string span) => !NotADate().IsMatch(span);

    [GeneratedRegex(@"^(?<date>(?<year>\d{4})(?:-\d{2}(?:-\d{2})?)?)(?:-(?<season>SP|SU|FA|WI)|-(?<quarter>Q[1-4])|T[A-Z0-9:]+)?$")]
    private static partial Regex CalendarValue();

    [GeneratedRegex(@"\b(?:week|weekend|decade|century|quarter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADate();
}
