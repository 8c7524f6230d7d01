using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Dates;

/// <summary>
/// The expression patterns of the date tagger, built from the word lists. Each pattern turns a match into a
/// <see cref="ParsedTimex"/> or rejects it (a lower-case "may", "Room 2020"). Ordered from specific to general;
/// overlaps are settled by the tagger (longest first).
/// </summary>
internal static partial class TimexPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly string Month = TimexWords.Alternation("month");
    private static readonly string MonthAny = $"(?:{TimexWords.Alternation("month")}|{TimexWords.Alternation("month-abbr")}\\.?)";
    private static readonly string Weekday = TimexWords.Alternation("weekday");
    private static readonly string WeekdayAny = $"(?:{TimexWords.Alternation("weekday")}|{TimexWords.Alternation("weekday-abbr")}\\.?)";
    private static readonly string Season = TimexWords.Alternation("season");
    private static readonly string Number = TimexWords.Alternation("number");
    private static readonly string Ordinal = TimexWords.Alternation("ordinal");
    private static readonly string Relative = TimexWords.Alternation("relative");
    private static readonly string Modifier = TimexWords.Alternation("modifier");
    private static readonly string PartOfDay = TimexWords.Alternation("part-of-day");
    private static readonly string Reference = TimexWords.Alternation("reference");
    private static readonly string Holiday = TimexWords.Alternation("holiday");
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>1[5-9]\d\d|20\d\d)";

    public sealed record Pattern(string Name, Regex Regex, Func<Match, string, ParsedTimex?> Parse);

    public static readonly Pattern[] All =
    [
        // "Friday, June 3, 2020", "June 3, 2020", "Jun. 3", "Sept 13th"
        new("month-day", new Regex($@"\b(?:{WeekdayAny},?\s+)?(?<mon>{MonthAny})\s+{Day}\b(?![.,]\d)(?!\s*(?:%|percent))(?:\s*,?\s+{Year}\b)?", Options), (m, t) =>
            Capitalized(m.Groups["mon"]) ? Dated(m, MonthNumber(m), Int(m, "day"), Int(m, "year")) : null),
        // "3 June 2020", "22nd of March"
        new("day-month", new Regex($@"\b(?:{WeekdayAny},?\s+)?{Day}\s+(?:of\s+)?(?<mon>{MonthAny})(?!\w)(?:\s*,?\s+{Year}\b)?", Options), (m, t) =>
            Capitalized(m.Groups["mon"]) ? Dated(m, MonthNumber(m), Int(m, "day"), Int(m, "year")) : null),
        // "6/3/2020" (US order), "2020-06-03", "03.06.2020"
        new("numeric", new Regex(@"(?<![\d/.,-])(?:(?<mon>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])/(?<year>(?:19|20)\d\d|\d\d)|(?<year>(?:19|20)\d\d)-(?<mon>1[0-2]|0[1-9])-(?<day>3[01]|[12]\d|0[1-9])|(?<day>3[01]|[12]\d|0?[1-9])\.(?<mon>1[0-2]|0?[1-9])\.(?<year>(?:19|20)\d\d))(?![\d/]|[.,-]\d)", Options), (m, t) =>
            Dated(m, Int(m, "mon"), Int(m, "day"), FullYear(Int(m, "year")))),
        new("named", new Regex(@"(?<![\d/])9/11(?![\d/])", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Named, Start = m.Index, End = m.Index + m.Length, Value = TimexWords.NamedDates[m.Value] }),
        // "June 2020", "May of 2010"
        new("month-year", new Regex($@"\b(?<mon>{MonthAny}),?\s+(?:of\s+)?{Year}\b", Options), (m, t) =>
            Capitalized(m.Groups["mon"]) ? new ParsedTimex { Shape = TimexShape.MonthYear, Start = m.Index, End = m.Index + m.Length, Month = MonthNumber(m), Year = Int(m, "year") } : null),
        // "last June", "this spring", "late last July", "early next year" is a relative unit
        new("relative-month", new Regex($@"\b(?:(?<mod>{Modifier})\s+)?(?<rel>{Relative})\s+(?:(?<mon>{Month})|(?<season>{Season}))\b", Options), (m, t) =>
            m.Groups["mon"].Success && !Capitalized(m.Groups["mon"]) ? null : new ParsedTimex
            {
                Shape = TimexShape.RelativeMonthOrSeason, Start = m.Index, End = m.Index + m.Length, HasRelative = true,
                Offset = TimexWords.Relatives[TimexWords.Key(m.Groups["rel"].Value)],
                Month = m.Groups["mon"].Success ? MonthNumber(m) : null,
                Season = m.Groups["season"].Success ? TimexWords.Seasons[TimexWords.Key(m.Groups["season"].Value)] : null,
            }),
        // "early December", "mid-March", "late 2006", "mid-2019"
        new("modified", new Regex($@"\b(?<mod>{Modifier})[\s-]+(?:(?<mon>{Month})(?:\s+{Year})?|{Year})\b", Options), (m, t) =>
            m.Groups["mon"].Success
                ? Capitalized(m.Groups["mon"]) ? new ParsedTimex { Shape = m.Groups["year"].Success ? TimexShape.MonthYear : TimexShape.Month, Start = m.Index, End = m.Index + m.Length, Month = MonthNumber(m), Year = Int(m, "year") } : null
                : new ParsedTimex { Shape = TimexShape.Year, Start = m.Index, End = m.Index + m.Length, Year = Int(m, "year") }),
        // "in June", "since August": a month alone needs a preposition, so that "March" the verb and "May" the modal are left alone
        new("month", new Regex($@"(?<=\b(?:in|since|until|till|by|from|during|through|throughout|of|before|after|last|next|this|early|late|mid|between|and|or|to)\s+)(?<mon>{Month})\b(?!\s+[0-3]?\d\b)", Options), (m, t) =>
            Capitalized(m.Groups["mon"]) ? new ParsedTimex { Shape = TimexShape.Month, Start = m.Index, End = m.Index + m.Length, Month = MonthNumber(m) } : null),
        // "last Friday", "Monday morning", "this Thursday"
        new("weekday", new Regex($@"\b(?:(?<rel>{Relative})\s+)?(?<wd>{Weekday})\b(?:\s+(?<pod>{PartOfDay})\b)?", Options), (m, t) =>
            Capitalized(m.Groups["wd"]) ? new ParsedTimex
            {
                Shape = TimexShape.Weekday, Start = m.Index, End = m.Index + m.Length, PartOfDay = PartOfDayCode(m),
                Weekday = TimexWords.Weekdays[TimexWords.Key(m.Groups["wd"].Value)],
                HasRelative = m.Groups["rel"].Success,
                Offset = m.Groups["rel"].Success ? TimexWords.Relatives[TimexWords.Key(m.Groups["rel"].Value)] : 0,
            } : null),
        // "today", "earlier today", "yesterday afternoon", "this morning", "tonight"
        new("day-word", new Regex($@"\b(?:(?:earlier|later)\s+)?(?:(?<dw>today|tonight|yesterday|tomorrow)(?:\s+(?<pod>{PartOfDay})\b)?|this\s+(?<pod>morning|afternoon|evening))\b", Options), (m, t) =>
            new ParsedTimex
            {
                Shape = TimexShape.DayWord, Start = m.Index, End = m.Index + m.Length, PartOfDay = PartOfDayCode(m) ?? (m.Groups["dw"].Value.Equals("tonight", StringComparison.OrdinalIgnoreCase) ? "NI" : null),
                Offset = m.Groups["dw"].Success ? TimexWords.DayWords[m.Groups["dw"].Value.ToLowerInvariant()] : 0,
            }),
        // "two days ago", "four years ago"
        new("ago", new Regex($@"\b(?<n>\d+|{Number})\s+(?<unit>day|week|month|year|decade)s?\s+ago\b", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Ago, Start = m.Index, End = m.Index + m.Length, Count = Count(m.Groups["n"].Value), Unit = m.Groups["unit"].Value.ToLowerInvariant() }),
        // "the past two weeks", "five years", "a 10-day strike": durations, kept apart so that they never become dates
        new("duration", new Regex($@"\b(?:(?:the|its|their|his|her)\s+(?:past|last|next|previous|coming|first|final)\s+)?(?<n>\d+|{Number})[\s-]+(?<unit>day|week|month|year|decade|century|hour|minute)s?(?:[\s-]+(?:long|old))?\b(?!\s+ago)", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Duration, Start = m.Index, End = m.Index + m.Length, Count = Count(m.Groups["n"].Value), Unit = m.Groups["unit"].Value.ToLowerInvariant() }),
        // "last week", "earlier this month", "the previous year", "next fiscal year", "this quarter"
        new("relative-unit", new Regex($@"\b(?:(?<mod>{Modifier})\s+)?(?:the\s+)?(?<rel>{Relative})\s+(?:fiscal\s+)?(?<unit>week|weekend|month|year|quarter)\b", Options), (m, t) =>
            new ParsedTimex
            {
                Shape = TimexShape.RelativeUnit, Start = m.Index, End = m.Index + m.Length, HasRelative = true,
                Offset = TimexWords.Relatives[TimexWords.Key(m.Groups["rel"].Value)], Unit = m.Groups["unit"].Value.ToLowerInvariant(),
            }),
        // "by the end of the month", "the start of the year": the story's own month or year ("the year 1848" is a year)
        new("modified-unit", new Regex($@"\b(?<mod>{Modifier})\s+the\s+(?<unit>month|year)\b(?![-\w]|\s+\d)", Options), (m, t) =>
            new ParsedTimex
            {
                Shape = TimexShape.RelativeUnit, Start = m.Index, End = m.Index + m.Length, HasRelative = true,
                Offset = 0, Unit = m.Groups["unit"].Value.ToLowerInvariant(),
            }),
        // "the first quarter of 2009", "the fourth quarter", "Q3 2020"
        new("quarter", new Regex($@"\b(?:the\s+)?(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:{Year}|(?<rel>last|this|next)\s+year))?\b|\bQ(?<qn>[1-4])\s+{Year}\b", Options), (m, t) =>
            new ParsedTimex
            {
                Shape = TimexShape.Quarter, Start = m.Index, End = m.Index + m.Length, Year = Int(m, "year"),
                Count = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : QuarterNumber(m.Groups["q"].Value),
                HasRelative = m.Groups["rel"].Success,
                Offset = m.Groups["rel"].Success ? TimexWords.Relatives[m.Groups["rel"].Value.ToLowerInvariant()] : 0,
            }),
        // "the 1990s", "the '90s"
        new("decade", new Regex(@"\b(?:the\s+)?(?:(?<dec>(?:1[5-9]|20)\d)0|'(?<short>\d)0)['’]?s\b", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Decade, Start = m.Index, End = m.Index + m.Length, Value = m.Groups["dec"].Success ? m.Groups["dec"].Value : "19" + m.Groups["short"].Value }),
        // "the 20th century", "the nineteenth century"
        new("century", new Regex($@"\b(?:the\s+)?(?:(?<num>\d{{1,2}})(?:st|nd|rd|th)|(?<word>{Ordinal}))[\s-]+century\b", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Century, Start = m.Index, End = m.Index + m.Length, Count = m.Groups["num"].Success ? int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) : TimexWords.Ordinals[TimexWords.Key(m.Groups["word"].Value)] }),
        new("holiday", new Regex($@"\b(?<h>{Holiday})\b", Options), (m, t) =>
            char.IsUpper(m.Value[0]) ? new ParsedTimex { Shape = TimexShape.Holiday, Start = m.Index, End = m.Index + m.Length, Value = TimexWords.Holidays[TimexWords.Key(m.Groups["h"].Value)] } : null),
        new("reference", new Regex($@"\b(?<r>{Reference})\b", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Reference, Start = m.Index, End = m.Index + m.Length, Value = TimexWords.References[TimexWords.Key(m.Groups["r"].Value)] }),
        new("set", new Regex($@"\b(?:every|each)\s+(?:(?:other|\d+|{Number})\s+)?(?:day|week|month|year|{Weekday}|morning|evening|night)s?\b|\b(?:daily|weekly|monthly|annually|yearly|biweekly)\b", Options), (m, t) =>
            new ParsedTimex { Shape = TimexShape.Set, Start = m.Index, End = m.Index + m.Length }),
        // A year on its own, unless its neighbours show a number ("Room 2020", "$2,017", "2000 people")
        new("year", new Regex(@"(?<![\d$€£¥#.,/])(?<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,/]\d|['’]?s\b)(?!-(?!\d\d\b|(?:1[6-9]|20)\d\d\b)\d)", Options), (m, t) =>
            LooksLikeYear(t, m.Index, m.Index + m.Length) ? new ParsedTimex { Shape = TimexShape.Year, Start = m.Index, End = m.Index + m.Length, Year = Int(m, "year") } : null),
    ];

    private static ParsedTimex? Dated(Match m, int? month, int? day, int? year)
    {
        if (month is null || day is null || day < 1 || day > 31)
            return null;
        if (year is not null && day > DateTime.DaysInMonth(year.Value, month.Value))
            return null;
        return new ParsedTimex
        {
            Shape = year is null ? TimexShape.MonthDay : TimexShape.FullDate,
            Start = m.Index, End = m.Index + m.Length, Year = year, Month = month, Day = day,
        };
    }

    /// <summary>TimeML's part-of-day codes: MO, AF, EV, NI.</summary>
    private static string? PartOfDayCode(Match m) => m.Groups["pod"].Success
        ? m.Groups["pod"].Value.ToLowerInvariant() switch
        {
            "morning" => "MO",
            "afternoon" or "noon" or "midday" => "AF",
            "evening" => "EV",
            _ => "NI",
        }
        : null;

    [GeneratedRegex(@"^(?:1[6-9]|20)\d\d$")]
    private static partial Regex YearBefore();

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static int? FullYear(int? year) => year is < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;

    private static int? MonthNumber(Match m) =>
        TimexWords.Months.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month) ? month : null;

    private static int QuarterNumber(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };

    private static int Count(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : TimexWords.Counts[TimexWords.Key(text)];

    /// <summary>News writes month and weekday names with a capital: "may" and "march" in lower case are words.</summary>
    private static bool Capitalized(Group group) => group.Success && char.IsUpper(group.Value[0]);

    /// <summary>A bare four-digit number is a year unless a neighbouring word makes it a count, a number or a code.</summary>
    private static bool LooksLikeYear(string text, int start, int end)
    {
        // After a hyphen only as the second year of a range ("2009-2010"), not in "816-555-2020".
        if (start > 0 && text[start - 1] is '-' or '–' && !(start >= 5 && YearBefore().IsMatch(text.AsSpan(start - 5, 4))))
            return false;
        if (NextNonSpace(text, start - 1, -1) is { } left && char.IsDigit(left) || NextNonSpace(text, end, +1) is { } right && char.IsDigit(right))
            return false; // part of a longer number: "555 2020", "2020 2021 2022" tables
        var before = WordBefore(text, start);
        if (before is not null && TimexWords.YearBlockersBefore.Contains(before))
            return false;
        var after = WordAfter(text, end);
        return after is null || !TimexWords.YearBlockersAfter.Contains(after);
    }

    private static char? NextNonSpace(string text, int from, int step)
    {
        for (var i = from; i >= 0 && i < text.Length; i += step)
            if (text[i] != ' ')
                return text[i];
        return null;
    }

    private static string? WordBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i < 0)
            return null;
        if (!char.IsLetter(text[i]))
            return text[i] is '#' or '$' ? text[i].ToString() : null;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        return text[(i + 1)..end];
    }

    private static string? WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i >= text.Length)
            return null;
        if (!char.IsLetter(text[i]))
            return text[i] is '%' or '°' ? text[i].ToString() : null;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return text[start..i];
    }
}
