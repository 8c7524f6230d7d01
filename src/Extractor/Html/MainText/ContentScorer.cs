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

    public static (IElement? Best, Dictionary<IElement, double> Scores) Score(
        IElement body, IReadOnlyList<IElement> elements, TextStats stats, PageHints hints)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in elements)
        {
            if (!stats.Contains(element))
                continue;
            if (IsParagraph(element))
                Credit(element.ParentElement, stats[element], scores, hints);
            else if (stats.Direct(element) is { Text: >= MinParagraphText } loose)
                Credit(element, loose, scores, hints); // loose text counts as a paragraph inside the element
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
        return (best is null ? null : Widen(best, body, scores), scores);
    }

    /// <summary>Gives a paragraph's points to the element that holds it and, less and less, to four more ancestors.</summary>
    private static void Credit(IElement? holder, TextStats.Counts paragraph, Dictionary<IElement, double> scores, PageHints hints)
    {
        if (paragraph.Text < MinParagraphText)
            return;
        var points = 1 + paragraph.Commas + Math.Min(paragraph.Text / 100, 3);
        var level = 0;
        for (var ancestor = holder; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
        {
            if (!scores.ContainsKey(ancestor))
                scores[ancestor] = InitialScore(ancestor, hints);
            var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            scores[ancestor] += (double)points / divider;
        }
    }

    /// <summary>
    /// Readability's corrections of the winner: a common ancestor of several near-equal candidates, a parent that
    /// scores higher, or a parent of an only child is the better container, since content is often split.
    /// </summary>
    private static IElement Widen(IElement best, IElement body, Dictionary<IElement, double> scores)
    {
        var bestScore = scores[best];
        var rivals = scores.Where(kv => kv.Key != best && kv.Value >= bestScore * 0.75)
            .OrderByDescending(kv => kv.Value).Take(4).Select(kv => kv.Key).ToList();
        if (rivals.Count >= 3)
        {
            for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (rivals.Count(r => parent.Contains(r)) >= 3)
                {
                    best = parent;
                    break;
                }
            }
        }

        var lastScore = scores.GetValueOrDefault(best);
        var threshold = lastScore / 3;
        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
                continue;
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore)
            {
                best = parent;
                break;
            }
            lastScore = parentScore;
        }

        while (best.ParentElement is { } only && only != body && only.Children.Length == 1)
            best = only;
        return best;
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
