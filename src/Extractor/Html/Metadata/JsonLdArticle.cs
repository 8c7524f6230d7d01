namespace Extractor.Html.Metadata;

/// <summary>What the page's JSON-LD says about the article (schema.org NewsArticle and kin).</summary>
public sealed record JsonLdArticle(
    string Type, string? Headline, string? DatePublished, string? DateCreated, IReadOnlyList<string> Authors,
    string? PublisherName, string? Language, string? Url);
