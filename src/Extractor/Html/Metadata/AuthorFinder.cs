using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Html.Metadata;

/// <summary>
/// Authors from JSON-LD, then author meta tags, then rel=author links, then a visible "By X and Y" byline.
/// Site and publisher names, URLs and generic credits ("Staff") are not authors.
/// </summary>
public static partial class AuthorFinder
{
    private static readonly string[] MetaKeys =
        ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"];

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "staff writer", "staff reporter", "editor", "editors", "admin", "administrator", "redaktion",
        "the editors", "editorial staff", "web staff", "news staff", "newsroom", "guest", "anonymous", "unknown",
    };

    public static List<string> Find(IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd, string? siteName)
    {
        var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (siteName is not null)
            excluded.Add(siteName);
        foreach (var article in jsonLd)
            if (article.PublisherName is not null)
                excluded.Add(article.PublisherName);

        foreach (var article in jsonLd.Where(a => a.Authors.Count > 0))
            if (Clean(article.Authors, excluded, split: false) is { Count: > 0 } names)
                return names;
        foreach (var key in MetaKeys)
            if (Clean(meta.All(key), excluded, split: true) is { Count: > 0 } names)
                return names;
        var links = document.QuerySelectorAll("a[rel~='author']").Select(a => a.TextContent).ToList();
        if (Clean(links, excluded, split: false) is { Count: > 0 } linked)
            return linked;
        foreach (var byline in document.QuerySelectorAll("[class*='byline' i], [itemprop='author'], [class*='author-name' i]").Take(3))
        {
            var text = MetaTags.Clean(byline.TextContent);
            if (text.Length is > 3 and < 120 && Clean([text], excluded, split: true) is { Count: > 0 } names)
                return names;
        }
        return [];
    }

    private static List<string> Clean(IEnumerable<string> raw, HashSet<string> excluded, bool split)
    {
        var names = new List<string>();
        foreach (var value in raw)
        {
            var text = MetaTags.Clean(value);
            if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                continue;
            text = BylinePrefix().Replace(text, "");
            var parts = split ? Conjunctions().Split(text) : [text];
            foreach (var part in parts)
            {
                var name = part.Trim(' ', ',', ';', '|', '·', '-', '–', '—');
                if (name.Length < 2 || name.Length > 80 || NotNames.Contains(name) || excluded.Contains(name) || names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    continue;
                names.Add(name);
            }
        }
        return names;
    }

    [GeneratedRegex(@"^(?:by|von|por|par|di|door|av|af)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\bund\b|\by\b|\bet\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunctions();
}
