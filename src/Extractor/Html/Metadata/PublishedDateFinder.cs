using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.Metadata;

/// <summary>
/// The publication date from the most reliable place the page states it: JSON-LD, then the meta names and
/// time elements of Resources/published-date-sources.tsv in their order, then a date in the URL path, then a
/// date in the page's visible text by its byline or headline (<see cref="VisibleDate"/>).
/// Dates after the fetch time or before 1990 are ignored, so a copyright year or a crawl date cannot win.
/// </summary>
public static partial class PublishedDateFinder
{
    private static readonly (string Kind, string Key)[] Sources = ResourceText.Lines("published-date-sources.tsv")
        .Select(line => line.Split('\t'))
        .Select(parts => (parts[0], parts[1]))
        .ToArray();

    public static (DateValue Value, string Source)? Find(
        IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd, string? url, DateTimeOffset now)
    {
        // The first candidate in order of reliability wins; the later ones can only restore its local day.
        using var candidates = Candidates(document, meta, jsonLd, url, now).GetEnumerator();
        if (!candidates.MoveNext())
        {
            // Many pages state the date only where a reader sees it: by the byline or under the headline.
            return VisibleDate.OnPage(document, now) is { } visible ? (visible, "page_text") : null;
        }
        var first = candidates.Current;
        if (!IsUtcTimestamp(first.Value))
            return first;
        while (candidates.MoveNext())
            if (SameMomentElsewhere(first.Value, candidates.Current.Value))
                return candidates.Current;
        return first;
    }

    /// <summary>Every plausible date the page's markup states for its publication, most reliable first.</summary>
    private static IEnumerable<(DateValue Value, string Source)> Candidates(
        IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd, string? url, DateTimeOffset now)
    {
        foreach (var article in jsonLd)
        {
            if (Plausible(article.DatePublished, now) is { } published)
                yield return (published, "json-ld");
            if (Plausible(article.DateCreated, now) is { } created)
                yield return (created, "json-ld");
        }

        foreach (var (kind, key) in Sources)
        {
            if (kind == "meta")
            {
                foreach (var value in meta.All(key))
                    if (Plausible(value, now) is { } date)
                        yield return (date, "meta:" + key);
            }
            else
            {
                foreach (var element in document.QuerySelectorAll(key).Take(3))
                    if (Plausible(element.GetAttribute("datetime") ?? element.GetAttribute("content"), now) is { } date)
                        yield return (date, "time");
            }
        }

        if (url is not null && UrlDatePattern().Match(url) is { Success: true } match
            && Plausible($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", now) is { } fromUrl)
            yield return (fromUrl, "url");

    }

    /// <summary>
    /// A timestamp in UTC ("2019-10-18T22:04:00+00:00") names the day in Greenwich, not where the story was
    /// published: when another of the page's dates gives the same moment with its own offset
    /// ("2019-10-19T00:04:00+02:00"), that one has the page's calendar day.
    /// </summary>
    private static bool IsUtcTimestamp(DateValue value) => value.HasTime && value.Iso.EndsWith("+00:00", StringComparison.Ordinal);

    private static bool SameMomentElsewhere(DateValue utc, DateValue other) =>
        other.HasTime && !IsUtcTimestamp(other) && Moment(other) is { } local && Moment(utc) is { } moment
        && local.Offset != TimeSpan.Zero && Math.Abs((local - moment).TotalMinutes) <= 1;

    private static DateTimeOffset? Moment(DateValue value) =>
        DateTimeOffset.TryParse(value.Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && value.Iso.Length > 19 ? moment : null;

    private static DateValue? Plausible(string? text, DateTimeOffset now) =>
        DateValue.Parse(text) is { } value && value.IsPlausible(now) ? value : null;

    [GeneratedRegex(@"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)")]
    private static partial Regex UrlDatePattern();
}
