namespace Extractor.Dates;

/// <summary>What a matched expression says, before it is anchored to a reference date.</summary>
internal enum TimexShape
{
    /// <summary>Year, month and day all written ("June 3, 2020", "2020-06-03"): needs no anchor.</summary>
    FullDate,
    /// <summary>Month and day without the year ("June 3", "Sept. 13").</summary>
    MonthDay,
    /// <summary>Month and year ("June 2020").</summary>
    MonthYear,
    /// <summary>A month alone ("in June", "early December"), its year from the anchor and the tense.</summary>
    Month,
    /// <summary>A year ("in 2017", "late 2006").</summary>
    Year,
    /// <summary>A weekday, optionally with last/next/this ("Friday", "last Friday").</summary>
    Weekday,
    /// <summary>today, yesterday, tomorrow, tonight, this morning.</summary>
    DayWord,
    /// <summary>last/this/next week, month, year, decade, quarter ("earlier this month").</summary>
    RelativeUnit,
    /// <summary>last/this/next with a month or season ("last June", "this spring").</summary>
    RelativeMonthOrSeason,
    /// <summary>"two days ago", "four years ago".</summary>
    Ago,
    /// <summary>"the 1990s".</summary>
    Decade,
    /// <summary>"the 20th century".</summary>
    Century,
    /// <summary>"the fourth quarter of 2009".</summary>
    Quarter,
    /// <summary>now, recently, the past: TimeML reference values.</summary>
    Reference,
    /// <summary>A fixed date with a name ("9/11").</summary>
    Named,
    /// <summary>"Christmas", "Independence Day": month-day with the year from the anchor.</summary>
    Holiday,
    /// <summary>"five years", "the past two weeks": not a date.</summary>
    Duration,
    /// <summary>"every Monday", "annually": not a date.</summary>
    Set,
}

internal sealed class ParsedTimex
{
    public required TimexShape Shape { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public int? Weekday { get; init; }
    public int Offset { get; init; }
    public bool HasRelative { get; init; }
    public int Count { get; init; }
    public string? Unit { get; init; }
    public string? Season { get; init; }
    public string? Value { get; init; }

    /// <summary>A time of day said with the day ("Monday morning"): TimeML MO, AF, EV or NI.</summary>
    public string? PartOfDay { get; init; }

    public int Length => End - Start;
}
