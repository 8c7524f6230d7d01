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

    /// <summary>Hints by their first word, so that classifying a class value costs one look-up per word.</summary>
    private static readonly Dictionary<string, (string[] Words, Hint Kind)[]> ByFirstWord =
        new[] { ("strong", Hint.Strong), ("positive", Hint.Positive), ("negative", Hint.Negative) }
            .SelectMany(k => Hints[k.Item1].Select(words => (Words: words, Kind: k.Item2)))
            .GroupBy(h => h.Words[0])
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

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

    // Pages repeat the same class values many times, and sites repeat them across pages: classify each value
    // once. Bounded so that a long batch over many sites cannot grow it without limit.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Hint> Cache = new(StringComparer.Ordinal);
    private static int _cacheSize; // ConcurrentDictionary.Count takes every lock: count additions instead

    public static Hint Classify(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var itemprop = element.GetAttribute("itemprop");
        if (cls is null && id is null && itemprop is null)
            return Hint.None;
        var hint = Classify(cls) | Classify(id);
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            hint |= Hint.Strong;
        return hint;
    }

    private static Hint Classify(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return Hint.None;
        if (Cache.TryGetValue(value, out var cached))
            return cached;
        if (Interlocked.Increment(ref _cacheSize) > 100_000)
        {
            Cache.Clear();
            Interlocked.Exchange(ref _cacheSize, 0);
        }
        var words = HintWords.Split(value);
        var hint = Hint.None;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (ByFirstWord.TryGetValue(word, out var candidates)
                || (word.Length > 2 && word[^1] == 's' && ByFirstWord.TryGetValue(word[..^1], out candidates)))
                foreach (var (hintWords, kind) in candidates)
                    if ((hint & kind) == 0 && HintWords.StartsAt(words, i, hintWords))
                        hint |= kind;
        }
        Cache[value] = hint;
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
