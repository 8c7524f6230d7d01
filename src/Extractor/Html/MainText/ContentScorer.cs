using AngleSharp.Dom;

namespace Extractor.Html.MainText;

/// <summary>
/// Finds the element that holds the article, in the manner of Readability: every paragraph gives points to its
/// ancestors (more for longer text and more commas, less the further up), class and id hints add or remove
/// points, and link-heavy containers lose in proportion to their link density.
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphText = 20;

    public static (IElement? Best, Dictionary<IElement, double> Scores) Score(IElement body, TextStats stats, PageHints hints)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!stats.Contains(element) || !IsParagraph(element))
                continue;
            var counts = stats[element];
            if (counts.Text < MinParagraphText)
                continue;
            var points = 1 + counts.Commas + Math.Min(counts.Text / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.ContainsKey(ancestor))
                    scores[ancestor] = InitialScore(ancestor, hints);
                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] += (double)points / divider;
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - stats[element].LinkDensity);
            scores[element] = final;
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }
        return (best, scores);
    }

    /// <summary>A text block: a paragraph-like tag, or a div/section holding text but no block children.</summary>
    public static bool IsParagraph(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        "div" or "section" => !HasBlockChild(element),
        _ => false,
    };

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (MainTextHints.BlockTags.Contains(child.LocalName) && child.LocalName != "br")
                return true;
        return false;
    }

    private static double InitialScore(IElement element, PageHints hints)
    {
        var score = element.LocalName switch
        {
            "div" or "article" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + hints.ClassWeight(element);
    }
}
