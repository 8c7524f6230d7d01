using System.Text.RegularExpressions;
using Extractor.Text;

namespace Extractor.Dates;

/// <summary>The date tagger's word lists (Resources/timex-words.tsv), as lookups and as regex alternations.</summary>
internal static class TimexWords
{
    private static readonly ILookup<string, (string Word, string Value)> Words = ResourceText.Lines("timex-words.tsv")
        .Select(line => line.Split('\t'))
        .ToLookup(parts => parts[0], parts => (parts[1], parts.Length > 2 ? parts[2] : ""));

    public static readonly Dictionary<string, int> Months = Numbers("month", "month-abbr");
    public static readonly Dictionary<string, int> Weekdays = Numbers("weekday", "weekday-abbr");
    public static readonly Dictionary<string, int> Counts = Numbers("number");
    public static readonly Dictionary<string, int> Ordinals = Numbers("ordinal");
    public static readonly Dictionary<string, int> Relatives = Numbers("relative");
    public static readonly Dictionary<string, int> DayWords = Numbers("day-word");
    public static readonly Dictionary<string, string> Seasons = Values("season");
    public static readonly Dictionary<string, string> Modifiers = Values("modifier");
    public static readonly Dictionary<string, string> References = Values("reference");
    public static readonly Dictionary<string, string> NamedDates = Values("named-date");
    public static readonly Dictionary<string, string> Holidays = Values("holiday");
    public static readonly HashSet<string> FutureCues = Set("future-cue");
    public static readonly HashSet<string> PastCues = Set("past-cue");
    public static readonly HashSet<string> YearBlockersBefore = Set("year-blocker-before");
    public static readonly HashSet<string> YearBlockersAfter = Set("year-blocker-after");

    public static string Alternation(params string[] kinds) =>
        "(?:" + string.Join('|', kinds.SelectMany(k => Words[k]).Select(w => w.Word).Distinct()
            .OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+").Replace("'", "['’]"))) + ")";

    private static Dictionary<string, int> Numbers(params string[] kinds) =>
        kinds.SelectMany(k => Words[k]).ToDictionary(w => w.Word, w => int.Parse(w.Value.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> Values(string kind) =>
        Words[kind].ToDictionary(w => w.Word, w => w.Value, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> Set(string kind) => new(Words[kind].Select(w => w.Word), StringComparer.OrdinalIgnoreCase);

    /// <summary>Collapses white space and typographic apostrophes so that phrases match their lexicon entry.</summary>
    public static string Key(string text) => Regex.Replace(text.Trim().Replace('’', '\''), @"\s+", " ").ToLowerInvariant();
}
