using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Evaluation;

/// <summary>
/// The comparisons of the article-metadata set: title "strict" (equal after Unicode, entity, quote, dash, space
/// and case folding), authors as a set of folded names, the publication day (or the same UTC day when both sides
/// carry a time and an offset).
/// </summary>
public static partial class MetadataMatch
{
    public static bool TitleEqual(string? predicted, string? expected) =>
        predicted is not null && expected is not null && FoldTitle(predicted) == FoldTitle(expected);

    /// <summary>The strict title comparison of the metadata set. Zero-width and soft hyphens count, as there.</summary>
    public static string FoldTitle(string title)
    {
        var text = WebUtility.HtmlDecode(title).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(Text.TextFold.PlainMark(c));
        return Spaces().Replace(builder.ToString(), " ").Trim().ToLowerInvariant();
    }

    public static bool AuthorsEqual(IEnumerable<string> predicted, IEnumerable<string> expected) =>
        predicted.Select(FoldTitle).ToHashSet().SetEquals(expected.Select(FoldTitle));

    /// <summary>Whether a predicted ISO date or date-time names the expected publication day.</summary>
    public static bool SameDay(string? predicted, string expectedDateTime)
    {
        if (string.IsNullOrWhiteSpace(predicted) || predicted.Length < 10)
            return false;
        if (predicted[..10] == expectedDateTime[..10])
            return true;
        return HasOffset(predicted) && HasOffset(expectedDateTime)
               && DateTimeOffset.TryParse(predicted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)
               && DateTimeOffset.TryParse(expectedDateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
               && p.UtcDateTime.Date == e.UtcDateTime.Date;
    }

    private static bool HasOffset(string value) => value.Length > 10 && OffsetPattern().IsMatch(value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d[T ]\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetPattern();
}
