using AngleSharp.Dom;

namespace Extractor.Html.MainText;

/// <summary>The hints of each element of one page, worked out once: several passes ask about the same elements.</summary>
internal sealed class PageHints
{
    private readonly Dictionary<IElement, MainTextHints.Hint> _hints = new();
    private readonly HashSet<IElement> _holdsArticle = [];

    /// <summary>Works out the hints of every element under <paramref name="body"/> and which of them hold an article body.</summary>
    public PageHints(IReadOnlyList<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.LocalName != "article" && (this[element] & MainTextHints.Hint.Strong) == 0)
                continue;
            for (var ancestor = element.ParentElement; ancestor is not null && _holdsArticle.Add(ancestor); ancestor = ancestor.ParentElement)
            {
            }
        }
    }

    public MainTextHints.Hint this[IElement element]
    {
        get
        {
            if (!_hints.TryGetValue(element, out var hint))
                _hints[element] = hint = MainTextHints.Classify(element);
            return hint;
        }
    }

    /// <summary>
    /// Never article text: a dropped tag, hidden, or a boilerplate hint. As in Readability, a content hint on the
    /// same element overrules a boilerplate one; so does holding an article body ("sticky-sidebar" wrappers).
    /// </summary>
    public bool IsDropped(IElement element)
    {
        if (IsDroppedByTag(element))
            return true;
        var hint = this[element];
        return (hint & MainTextHints.Hint.Negative) != 0
               && (hint & (MainTextHints.Hint.Strong | MainTextHints.Hint.Positive)) == 0
               && !_holdsArticle.Contains(element);
    }

    /// <summary>Never article text whatever its class says: navigation, scripts, forms and the like, and hidden elements.</summary>
    public static bool IsDroppedByTag(IElement element) =>
        MainTextHints.DroppedTags.Contains(element.LocalName) || MainTextHints.IsHidden(element);

    /// <summary>Readability's class weight: +25 for a content hint, -25 for a boilerplate hint.</summary>
    public int ClassWeight(IElement element)
    {
        var hint = this[element];
        var weight = 0;
        if ((hint & MainTextHints.Hint.Negative) != 0)
            weight -= 25;
        if ((hint & (MainTextHints.Hint.Positive | MainTextHints.Hint.Strong)) != 0)
            weight += 25;
        return weight;
    }
}
