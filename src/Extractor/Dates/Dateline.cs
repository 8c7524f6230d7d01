using System.Text.RegularExpressions;

namespace Extractor.Dates;

/// <summary>
/// The dateline that opens many wire and newspaper stories: "WASHINGTON, Sept. 22, 2016 (Reuters) —",
/// "June 3 (Reuters) -", "KANSAS CITY, MO (KCTV) –". When it holds a date, that date is the story's.
/// </summary>
public static partial class Dateline
{
    /// <summary>The publication day the dateline states, or null; a month and day alone need <paramref name="reference"/> for the year.</summary>
    public static DateOnly? DateOf(string text, DateOnly? reference)
    {
        var match = Pattern().Match(text.Length > 200 ? text[..200] : text);
        if (!match.Success)
            return null;
        var head = match.Value;
        foreach (var timex in DateTagger.Tag(head, reference, [0]))
        {
            if (timex.Value is { Length: >= 10 } value && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out var day))
                return day;
        }
        return null;
    }

    // Up to the dash that ends a dateline: capitalized words and numbers (place, date), then an optional agency
    // in parentheses. A lower-case word means a sentence, not a dateline.
    [GeneratedRegex(@"\A\s*(?:[\p{Lu}\d][^\s(]*[\s,]+){1,8}(?:\([^)\n]{2,40}\)\s*)?[-–—](?=\s)")]
    private static partial Regex Pattern();
}
