namespace Extractor.Html.Metadata;

/// <summary>What a page says about itself.</summary>
public sealed record PageMetadata(
    string? Title, DateValue? Published, string? PublishedSource, IReadOnlyList<string> Authors,
    string? SiteName, string? Language, string? CanonicalUrl);
