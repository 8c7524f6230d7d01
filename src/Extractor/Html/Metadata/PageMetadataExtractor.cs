using AngleSharp.Dom;

namespace Extractor.Html.Metadata;

/// <summary>Title, publication date, authors, site name, language and canonical URL of a parsed page.</summary>
public static class PageMetadataExtractor
{
    public static PageMetadata Extract(IDocument document, string? pageUrl, DateTimeOffset now)
    {
        var meta = new MetaTags(document);
        var jsonLd = JsonLdReader.Read(document);
        var siteName = meta.First("og:site_name") ?? jsonLd.Select(a => a.PublisherName).FirstOrDefault(n => n is not null)
                       ?? meta.First("application-name");
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href") ?? meta.First("og:url"), pageUrl);
        var published = PublishedDateFinder.Find(document, meta, jsonLd, canonical ?? pageUrl, now);
        return new PageMetadata(
            TitleFinder.Find(document, meta, jsonLd, siteName),
            published?.Value,
            published?.Source,
            AuthorFinder.Find(document, meta, jsonLd, siteName, canonical ?? pageUrl),
            siteName,
            Language(document, meta, jsonLd),
            canonical);
    }

    private static string? Language(IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd)
    {
        var tag = document.DocumentElement.GetAttribute("lang") ?? meta.First("content-language") ?? meta.First("og:locale")
                  ?? jsonLd.Select(a => a.Language).FirstOrDefault(l => l is not null);
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var parts = tag.Trim().Replace('_', '-').Split('-', 2);
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
            return null;
        return parts.Length == 1 ? parts[0].ToLowerInvariant() : parts[0].ToLowerInvariant() + "-" + parts[1].ToUpperInvariant();
    }

    private static string? Absolute(string? href, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href.Trim(), out var resolved))
            return resolved.ToString();
        return null;
    }
}
