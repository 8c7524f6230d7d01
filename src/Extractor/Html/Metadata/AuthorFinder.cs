using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.Metadata;

/// <summary>
/// Authors from JSON-LD, then author meta tags, then rel=author links, then a visible byline. Site and
/// publisher names, e-mail addresses, URLs, slugs, numbers and roles ("Staff") are not authors; a source whose
/// every value is rejected gives way to the next one.
/// </summary>
public static partial class AuthorFinder
{
    private static readonly string[] MetaKeys =
        ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"];

    private static readonly ILookup<string, string> Noise = ResourceText.ByKind("author-noise.tsv");

    private static readonly HashSet<string> NotNames = new(Noise["not-a-name"], StringComparer.OrdinalIgnoreCase);
    private static readonly string[] Suffixes = Noise["suffix"].ToArray();
    private static readonly string[] Prefixes = Noise["prefix"].OrderByDescending(p => p.Length).ToArray();

    public static List<string> Find(IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd, string? siteName, string? pageUrl)
    {
        var excluded = ExcludedNames(jsonLd, siteName, pageUrl);

        foreach (var article in jsonLd.Where(a => a.Authors.Count > 0))
            if (Clean(article.Authors, []) is { Count: > 0 } names)
                return names;
        foreach (var key in MetaKeys)
            if (Clean(meta.All(key), excluded) is { Count: > 0 } names)
                return names;
        var links = document.QuerySelectorAll("a[rel~='author']").Select(a => a.TextContent).ToList();
        if (Clean(links, excluded) is { Count: > 0 } linked)
            return linked;
        foreach (var byline in document.QuerySelectorAll("[class*='byline' i], [itemprop='author'], [class*='author-name' i]").Take(3))
        {
            // Names in separate links or spans stay separate, even when no comma stands between them.
            var parts = byline.QuerySelectorAll("a, [itemprop='name']").Select(e => e.TextContent).ToList();
            var values = parts.Count >= 2 ? parts : [byline.TextContent];
            if (MetaTags.Clean(string.Join(" ", values)).Length < 150 && Clean(values, excluded) is { Count: > 0 } names)
                return names;
        }
        return [];
    }

    /// <summary>The site's own names: og:site_name, the JSON-LD publisher, the main label of the host (dw for www.dw.com).</summary>
    private static List<string> ExcludedNames(IReadOnlyList<JsonLdArticle> jsonLd, string? siteName, string? pageUrl)
    {
        var names = new List<string>();
        if (siteName is not null)
            names.Add(TextFold.Fold(siteName));
        names.AddRange(jsonLd.Select(a => a.PublisherName).OfType<string>().Select(TextFold.Fold));
        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri))
        {
            var labels = uri.Host.Split('.');
            if (labels.Length >= 2)
                names.Add(labels[^2].ToLowerInvariant());
        }
        return names.Where(n => n.Length >= 2).ToList();
    }

    private static List<string> Clean(IEnumerable<string> raw, List<string> excluded)
    {
        var names = new List<string>();
        foreach (var value in raw)
        {
            var text = MetaTags.Clean(value);
            if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var part in Separators().Split(WithoutPrefix(text)))
            {
                var name = Parenthesis().Replace(part, "").Trim(' ', ',', ';', '|', '·', '-', '–', '—', ':');
                name = WithoutSuffix(name);
                if (IsName(name, excluded) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    names.Add(name);
            }
        }
        return names;
    }

    private static bool IsName(string name, List<string> excluded)
    {
        if (name.Length < 2 || name.Length > 80 || NotNames.Contains(name) || name.Contains('@') || name.Contains(':'))
            return false;
        if (name.All(c => char.IsDigit(c) || char.IsPunctuation(c)))
            return false;
        if (!name.Contains(' ') && name.Contains('-') && name == name.ToLowerInvariant())
            return false; // a slug such as "chuck-ross"
        var folded = TextFold.Fold(name);
        var squeezed = folded.Replace(" ", "").Replace("-", "");
        return !excluded.Any(site => folded == site || folded.Contains(site) && site.Length >= 4 || site.Contains(folded) || squeezed == site);
    }

    private static string WithoutPrefix(string text)
    {
        foreach (var prefix in Prefixes)
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
                return text[(prefix.Length + 1)..];
        return text;
    }

    private static string WithoutSuffix(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
                return name[..^(suffix.Length + 1)].Trim();
        return name;
    }

    // Lists of names: "A, B and C", "A & B", "A und B", "A og B". Not "y" or "et", which join Spanish surnames
    // and name agencies together ("Le Figaro et AFP").
    [GeneratedRegex(@"\s*(?:,|;|\||/|\band\b|&|\bund\b|\bog\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    // "Elena Oberholzer (obe)": initials or a role in parentheses.
    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();
}
