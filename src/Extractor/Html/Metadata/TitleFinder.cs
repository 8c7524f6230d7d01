using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.Metadata;

/// <summary>
/// The headline: JSON-LD headline of the article, else the &lt;h1&gt; when the page's og:title or &lt;title&gt;
/// confirms it, else og:title or &lt;title&gt; without the site name, else the &lt;h1&gt;.
/// </summary>
public static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " : "];

    public static string? Find(IDocument document, MetaTags meta, IReadOnlyList<JsonLdArticle> jsonLd, string? siteName)
    {
        var og = Plausible(meta.First("og:title") ?? meta.First("twitter:title"));
        var title = string.IsNullOrWhiteSpace(document.Title) ? null : Plausible(MetaTags.Clean(document.Title));
        var h1 = Plausible(FirstHeading(document));

        var headline = Plausible(jsonLd.FirstOrDefault(a => a.Type is not ("WebPage" or "VideoObject"))?.Headline);
        if (!string.IsNullOrWhiteSpace(headline))
            return WithoutSharedTail(WithoutSiteName(headline, siteName, aggressive: false), [h1, og, title]);

        if (og is not null)
            return WithoutSharedTail(WithoutSiteName(og, siteName), [h1, title]);
        if (h1 is not null && Confirms(title, h1))
            return h1;
        if (title is not null)
            return WithoutSiteName(title, siteName);
        return h1;
    }

    /// <summary>Headlines have tens of words; a "title" of thousands of characters is a page's mistake or an attack, not its title.</summary>
    public const int MaxChars = 1_000;

    private static string? Plausible(string? candidate) => candidate is { Length: <= MaxChars } ? candidate : null;

    private static string? FirstHeading(IDocument document)
    {
        var h1 = document.QuerySelector("article h1, main h1, [itemprop='headline']") ?? document.QuerySelector("h1");
        var text = h1 is null ? null : MetaTags.Clean(h1.TextContent);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static bool Confirms(string? candidate, string h1) =>
        candidate is not null && TextFold.Fold(candidate).Contains(TextFold.Fold(h1), StringComparison.Ordinal);

    /// <summary>
    /// "Headline - Golem.de" when another source of the page says just "Headline": the extra tail after a
    /// separator is the site's label, not part of the headline.
    /// </summary>
    private static string WithoutSharedTail(string headline, string?[] others)
    {
        foreach (var other in others)
        {
            if (other is null || other.Length < 10)
                continue;
            var (h, o) = (TextFold.Fold(headline), TextFold.Fold(other));
            if (o.Length >= h.Length || !h.StartsWith(o, StringComparison.Ordinal))
                continue;
            var rest = h[o.Length..];
            var trimmed = rest.TrimStart();
            if (trimmed.Length > 0 && "|-:·•/".Contains(trimmed[0]))
                return other;
            // The page's own display title is the headline cut short at a word: the structured one adds an SEO tail.
            if (rest.StartsWith(' ') && !o.EndsWith("...", StringComparison.Ordinal) && !o.EndsWith('…') && o.Length * 5 >= h.Length * 3)
                return other;
        }
        return headline;
    }

    /// <summary>"Story headline | Site" → "Story headline": drops the part that names the site, or else (when
    /// <paramref name="aggressive"/>) a short end part.</summary>
    public static string WithoutSiteName(string title, string? siteName, bool aggressive = true)
    {
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            if (siteName is not null && tail.Contains(siteName, StringComparison.OrdinalIgnoreCase))
                return head;
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            var lead = title[..first].Trim();
            if (siteName is not null && lead.Contains(siteName, StringComparison.OrdinalIgnoreCase))
                return title[(first + separator.Length)..].Trim();
            if (aggressive && tail.Length < head.Length / 2 && tail.Split(' ').Length <= 4)
                return head;
        }
        return title;
    }
}
