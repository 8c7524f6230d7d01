using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.MainText;

/// <summary>The class/id hints and boilerplate phrases of Resources/main-text-hints.tsv, and the tag rules beside them.</summary>
public static class MainTextHints
{
    [Flags]
    public enum Hint { None = 0, Strong = 1, Positive = 2, Negative = 4 }

    private static readonly ILookup<string, string[]> Hints = ResourceText.Lines("main-text-hints.tsv")
        .Select(line => line.Split('\t'))
        .ToLookup(parts => parts[0], parts => parts[1].Split('-'));

    private static readonly string[][] Strong = Hints["strong"].ToArray();
    private static readonly string[][] Positive = Hints["positive"].ToArray();
    private static readonly string[][] Negative = Hints["negative"].ToArray();

    private static readonly HashSet<string> Phrases =
        new(Hints["phrase"].Select(words => string.Join('-', words)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is never article text.</summary>
    public static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas",
        "select", "option", "datalist", "audio", "video", "map", "nav", "aside", "footer", "button",
        "input", "textarea", "label", "figcaption", "h1", "menu", "dialog", "picture", "img",
    };

    /// <summary>Elements that start a new line of text.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
        "dt", "dd", "blockquote", "pre", "figure", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "fieldset", "legend", "hr", "br", "address", "details", "summary", "body", "center", "form",
    };

    public static Hint Classify(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var itemprop = element.GetAttribute("itemprop");
        if (cls is null && id is null && itemprop is null)
            return Hint.None;
        var words = HintWords.Split(id, HintWords.Split(cls));
        var hint = Hint.None;
        if (Array.Exists(Strong, h => HintWords.Contains(words, h))
            || (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)))
            hint |= Hint.Strong;
        if (Array.Exists(Positive, h => HintWords.Contains(words, h)))
            hint |= Hint.Positive;
        if (Array.Exists(Negative, h => HintWords.Contains(words, h)))
            hint |= Hint.Negative;
        return hint;
    }

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
            return true;
        var style = element.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                                     || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                                     || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsBoilerplatePhrase(string line) =>
        Phrases.Contains(line.TrimEnd('.', ':', '!', ' ', '›', '»', '>').Replace(' ', '-'));
}
