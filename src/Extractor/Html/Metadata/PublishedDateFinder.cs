using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.Metadata;

/// <summary>
/// The publication date from the most reliable place the page states it: JSON-LD, then the meta names and
/// time elements of Resources/published-date-sources.tsv in their order, then a date in the URL path.
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
        foreach (var article in jsonLd)
        {
            if (Plausible(article.DatePublished, now) is { } published)
                return (published, "json-ld");
            if (Plausible(article.DateCreated, now) is { } created)
                return (created, "json-ld");
        }

        foreach (var (kind, key) in Sources)
        {
            if (kind == "meta")
            {
                foreach (var value in meta.All(key))
                    if (Plausible(value, now) is { } date)
                        return (date, "meta:" + key);
            }
            else
            {
                foreach (var element in document.QuerySelectorAll(key).Take(3))
                    if (Plausible(element.GetAttribute("datetime") ?? element.GetAttribute("content"), now) is { } date)
                        return (date, "time");
            }
        }

        if (url is not null && UrlDatePattern().Match(url) is { Success: true } match
            && Plausible($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", now) is { } fromUrl)
            return (fromUrl, "url");
        return null;
    }

    private static DateValue? Plausible(string? text, DateTimeOffset now) =>
        DateValue.Parse(text) is { } value && value.IsPlausible(now) ? value : null;

    [GeneratedRegex(@"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)")]
    private static partial Regex UrlDatePattern();
}
