using System.Globalization;

namespace Extractor.Dates;

/// <summary>
/// Anchors parsed expressions to a reference date (the publication date) and writes their TimeML value.
/// Without a reference, only what the text states in full (a year, a full date) gets a value.
/// </summary>
internal static class TimexResolver
{
    public static Timex Resolve(ParsedTimex p, DateOnly? reference, TenseGuess.Tense tense)
    {
        var type = p.Shape switch
        {
            TimexShape.Duration => TimexType.Duration,
            TimexShape.Set => TimexType.Set,
            _ when p.PartOfDay is not null => TimexType.Time,
            _ => TimexType.Date,
        };
        var value = Value(p, reference, tense);
        if (p.PartOfDay is not null && value is not null)
            value += "T" + p.PartOfDay;
        return new Timex(p.Start, p.End, type, value);
    }

    private static string? Value(ParsedTimex p, DateOnly? reference, TenseGuess.Tense tense)
    {
        switch (p.Shape)
        {
            case TimexShape.FullDate:
                return Day(new DateOnly(p.Year!.Value, p.Month!.Value, p.Day!.Value));
            case TimexShape.MonthYear:
                return YearMonth(p.Year!.Value, p.Month!.Value);
            case TimexShape.Year:
                return Year(p.Year!.Value);
            case TimexShape.Named:
            case TimexShape.Decade:
            case TimexShape.Reference:
                return p.Value;
            case TimexShape.Century:
                return (p.Count - 1).ToString("00", CultureInfo.InvariantCulture);
            case TimexShape.Duration:
                return $"P{p.Count}{DurationUnit(p.Unit!)}";
            case TimexShape.Set:
                return null;
        }
        if (reference is not { } r)
            return p.Shape == TimexShape.Quarter && p.Year is { } qy ? $"{qy}-Q{p.Count}" : null;

        switch (p.Shape)
        {
            case TimexShape.MonthDay:
                return ClosestDay(r, p.Month!.Value, p.Day!.Value, tense);
            case TimexShape.Holiday:
                var parts = p.Value!.Split('-');
                return ClosestDay(r, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), tense);
            case TimexShape.Month:
                return ClosestMonth(r, p.Month!.Value, tense);
            case TimexShape.Weekday:
                return Day(WeekdayDate(r, p.Weekday!.Value, p.HasRelative ? p.Offset : (int?)null, tense));
            case TimexShape.DayWord:
                return Day(r.AddDays(p.Offset));
            case TimexShape.RelativeMonthOrSeason:
                return p.Month is { } month ? RelativeMonth(r, month, p.Offset) : RelativeSeason(r, p.Season!, p.Offset);
            case TimexShape.RelativeUnit:
                return RelativeUnit(r, p.Unit!, p.Offset);
            case TimexShape.Ago:
                return Ago(r, p.Unit!, p.Count);
            case TimexShape.Quarter:
                return $"{p.Year ?? r.Year + p.Offset}-Q{p.Count}";
        }
        return null;
    }

    /// <summary>"June 3" in a story of <paramref name="r"/>: the June 3 before or after it, as the tense says, else the nearer.</summary>
    private static string? ClosestDay(DateOnly r, int month, int day, TenseGuess.Tense tense)
    {
        var candidates = new[] { r.Year - 1, r.Year, r.Year + 1 }
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .ToList();
        if (candidates.Count == 0)
            return null;
        var pick = tense switch
        {
            TenseGuess.Tense.Future => candidates.Where(d => d >= r).DefaultIfEmpty(candidates[^1]).First(),
            TenseGuess.Tense.Past => candidates.Where(d => d <= r).DefaultIfEmpty(candidates[0]).Last(),
            _ => candidates.OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).ThenBy(d => d > r).First(),
        };
        return Day(pick);
    }

    private static string ClosestMonth(DateOnly r, int month, TenseGuess.Tense tense)
    {
        var here = r.Year * 12 + r.Month - 1;
        int[] candidates = [(r.Year - 1) * 12 + month - 1, r.Year * 12 + month - 1, (r.Year + 1) * 12 + month - 1];
        var pick = tense switch
        {
            TenseGuess.Tense.Future => candidates.First(c => c >= here),
            TenseGuess.Tense.Past => candidates.Last(c => c <= here),
            _ => candidates.OrderBy(c => Math.Abs(c - here)).ThenBy(c => c > here).First(),
        };
        return YearMonth(pick / 12, pick % 12 + 1);
    }

    /// <summary>"Friday": the last one on or before the reference (news mostly report), or the next one when the tense is future.</summary>
    private static DateOnly WeekdayDate(DateOnly r, int isoWeekday, int? relative, TenseGuess.Tense tense)
    {
        var today = ((int)r.DayOfWeek + 6) % 7 + 1;
        var back = (today - isoWeekday + 7) % 7;
        var forward = (isoWeekday - today + 7) % 7;
        return relative switch
        {
            -1 => r.AddDays(back == 0 ? -7 : -back),
            +1 => r.AddDays(forward == 0 ? 7 : forward),
            0 => tense == TenseGuess.Tense.Past ? r.AddDays(-back) : r.AddDays(forward),
            _ => tense == TenseGuess.Tense.Future ? r.AddDays(forward) : r.AddDays(-back),
        };
    }

    /// <summary>"last June": the June before the reference's month; "next June": the one after; "this June": of the reference's year.</summary>
    private static string RelativeMonth(DateOnly r, int month, int offset) => offset switch
    {
        < 0 => YearMonth(month < r.Month ? r.Year : r.Year - 1, month),
        > 0 => YearMonth(month > r.Month ? r.Year : r.Year + 1, month),
        _ => YearMonth(r.Year, month),
    };

    private static string RelativeSeason(DateOnly r, string season, int offset)
    {
        var year = r.Year + Math.Sign(offset);
        if (season == "WI" && r.Month <= 2 && offset == 0)
            year = r.Year - 1; // "this winter" in January began last year
        return $"{year}-{season}";
    }

    private static string? RelativeUnit(DateOnly r, string unit, int offset) => unit switch
    {
        "week" => Week(r.AddDays(7 * offset)),
        "weekend" => Week(r.AddDays(7 * offset)) + "-WE",
        "month" => YearMonth(r.AddMonths(offset).Year, r.AddMonths(offset).Month),
        "year" => Year(r.Year + offset),
        "decade" => ((r.Year + 10 * offset) / 10).ToString(CultureInfo.InvariantCulture),
        "century" => ((r.Year + 100 * offset) / 100).ToString(CultureInfo.InvariantCulture),
        "quarter" => QuarterOf(r.AddMonths(3 * offset)),
        _ => null,
    };

    private static string? Ago(DateOnly r, string unit, int count) => unit switch
    {
        "day" => Day(r.AddDays(-count)),
        "week" => Week(r.AddDays(-7 * count)),
        "month" => YearMonth(r.AddMonths(-count).Year, r.AddMonths(-count).Month),
        "year" => Year(r.Year - count),
        "decade" => ((r.Year - 10 * count) / 10).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string DurationUnit(string unit) => unit switch
    {
        "day" => "D",
        "week" => "W",
        "month" => "M",
        "year" => "Y",
        "decade" => "DE",
        "century" => "CE",
        "hour" => "TH",
        _ => "TM",
    };

    private static string QuarterOf(DateOnly d) => $"{d.Year}-Q{(d.Month - 1) / 3 + 1}";

    private static string Week(DateOnly d) => $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YearMonth(int year, int month) => $"{year:0000}-{month:00}";

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}
