using AngleSharp.Dom;

namespace Extractor.Html.MainText;

/// <summary>
/// The article's main text from a parsed page: the best-scoring container (<see cref="ContentScorer"/>) and
/// the siblings that continue it, written as lines without navigation, captions, share boxes, link lists and
/// boilerplate phrases.
/// </summary>
public static class MainTextExtractor
{
    /// <summary>The page's main text; the deadline is checked between the passes, each linear in the page's elements.</summary>
    public static MainTextResult Extract(IDocument document, CancellationToken ct = default)
    {
        var body = document.Body;
        if (body is null)
            return new MainTextResult("", 0, "none");

        var elements = body.Descendants<IElement>().ToList();
        var hints = new PageHints(elements);
        ct.ThrowIfCancellationRequested();
        var stats = new TextStats(body, hints);
        ct.ThrowIfCancellationRequested();
        var (best, scores) = ContentScorer.Score(body, elements, stats, hints);
        ct.ThrowIfCancellationRequested();
        var method = "readability";
        IReadOnlyList<IElement> roots = best is null ? [body] : WithSiblings(best, scores, stats);
        if (best is null)
            method = "body";

        var all = TextLines.Of(roots, hints.IsDropped);
        var lines = all.Where(Keep).Select(l => l.Text).ToList();
        var text = string.Join('\n', lines);
        var why = WhyNotAnArticle(all, text);
        if (why is not null && Paragraphs(body) is { } baseline)
            return baseline;
        return new MainTextResult(text, lines.Count, method, why);
    }

    /// <summary>
    /// The fallback when the best container holds no article: the page's paragraphs wherever they stand, as
    /// trafilatura's baseline does. Articles split over many small containers, or set beside a long list of
    /// links, lose to a teaser list in the container scores; their paragraphs are still the page's prose. Taken
    /// only when they read as an article themselves (enough text, real sentences), so a home page's teasers
    /// and an error page stay "no article".
    /// </summary>
    private static MainTextResult? Paragraphs(IElement body)
    {
        // The class hints are not used here: on the pages that get here, a hint often misled the choice
        // ("gallery--paragraph-section" holding the whole article). Tags and hidden elements still drop.
        var prose = TextLines.Of([body], PageHints.IsDroppedByTag)
            .Where(l => l.Tag is "p" or "blockquote" or "pre" && l.LinkDensity < 0.5 && Keep(l))
            .ToList();
        var text = string.Join('\n', prose.Select(l => l.Text));
        var sentences = prose.Count(l => l.Text.Length >= 80);
        return text.Length >= MinArticleChars && sentences >= 2 && WhyNotAnArticle(prose, text) is null
            ? new MainTextResult(text, prose.Count, "paragraphs")
            : null;
    }

    /// <summary>Readability's sibling rule: content split over several containers under one parent is joined.</summary>
    private static IReadOnlyList<IElement> WithSiblings(IElement best, Dictionary<IElement, double> scores, TextStats stats)
    {
        var parent = best.ParentElement;
        if (parent is null)
            return [best];
        var threshold = Math.Max(10, scores.GetValueOrDefault(best) * 0.2);
        var roots = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == best)
            {
                roots.Add(sibling);
                continue;
            }
            if (!stats.Contains(sibling))
                continue;
            if (scores.TryGetValue(sibling, out var score) && score >= threshold)
            {
                roots.Add(sibling);
                continue;
            }
            if (sibling.LocalName == "p")
            {
                var counts = stats[sibling];
                var text = sibling.TextContent.Trim();
                if ((counts.Text > 80 && counts.LinkDensity < 0.25)
                    || (counts.Text > 0 && counts.Link == 0 && text.EndsWith('.')))
                    roots.Add(sibling);
            }
        }
        return roots;
    }

    /// <summary>
    /// Pages without an article still have a best-scoring container: a list of teasers (as many link lines as
    /// text lines), or a few words of an error or paywall page. Those are reported, not returned as text.
    /// </summary>
    private static string? WhyNotAnArticle(IReadOnlyList<TextLines.Line> lines, string text)
    {
        var linkLines = lines.Count(l => l.LinkDensity > 0.9);
        var textLines = lines.Count(l => l.LinkDensity < 0.5 && l.Text.Length >= 30);
        var sentences = lines.Count(l => l.LinkDensity < 0.5 && l.Text.Length >= 80);
        if (linkLines >= 5 && linkLines >= textLines && sentences <= linkLines / 2)
            return $"the page lists links ({linkLines} link lines, {textLines} lines of text): a home, section or search page?";
        if (text.Length < MinArticleChars && sentences < 2)
            return $"only {text.Length} characters of text: an error, consent or paywall page?";
        return null;
    }

    /// <summary>Shorter than the shortest articles of the benchmark sets (about 370 characters), with fewer than two real sentences.</summary>
    private const int MinArticleChars = 250;

    private static bool Keep(TextLines.Line line)
    {
        if (MainTextHints.IsBoilerplatePhrase(line.Text))
            return false;
        if (line.LinkDensity > 0.5 && !EndsLikeSentence(line.Text))
            return false;
        if (IsDateLine(line.Text))
            return false;
        return true;
    }

    /// <summary>
    /// A line that is a date and little else ("Dienstag, 19. Oktober 2019", "October 19, 2019 9:00PM",
    /// "Stand: 07.11.2023"): the page's dateline or a teaser's date, metadata rather than article text.
    /// </summary>
    private static bool IsDateLine(string text) =>
        text.Length <= 40 && !EndsLikeSentence(text) && Metadata.VisibleDate.In(text, monthFirst: false, AnyTime) is not null;

    // Any date counts here, also one after the fetch (a page's clock can be ahead): MaxValue itself cannot be added to.
    private static readonly DateTimeOffset AnyTime = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static bool EndsLikeSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '…' or '。';
}
