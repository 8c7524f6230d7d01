namespace Extractor.Text;

/// <summary>
/// Which language a text reads as, from the share of its words that are each language's most frequent function
/// words (Resources/stopwords.tsv): English prose has about a quarter of its words among "the, of, and, to…",
/// German prose a third among "der, die, und…". Pages declare their language wrongly often enough (German
/// articles tagged "en", English ones tagged "de") that the text is the better witness when it is clear.
/// </summary>
public static class TextLanguage
{
    /// <summary>Fewer words than this say too little; the declared language decides.</summary>
    public const int MinWords = 40;

    /// <summary>A share of a language's function words this high is that language's prose.</summary>
    public const double Clear = 0.15;

    /// <summary>Below this share of English function words a text is not English prose (results tables score low too, hence both tests).</summary>
    public const double HardlyEnglish = 0.05;

    private const int MaxWords = 3000;

    private static readonly ILookup<string, string> Lists = ResourceText.ByKind("stopwords.tsv");

    private static readonly Dictionary<string, string> Names = Lists["name"]
        .Select(n => n.Split(' ', 2)).ToDictionary(p => p[0], p => p[1]);

    private static readonly Dictionary<string, HashSet<string>> Words = Names.Keys
        .ToDictionary(code => code, code => Lists[code].ToHashSet(StringComparer.Ordinal));

    /// <summary>What the text says of its language: English, another language (with its code and name), or unclear.</summary>
    public readonly record struct Verdict(string? Code, string? Name)
    {
        public bool IsEnglish => Code == "en";

        public bool IsOther => Code is not null && Code != "en";
    }

    public static Verdict Judge(string text)
    {
        var counts = Names.Keys.ToDictionary(code => code, _ => 0);
        var words = 0;
        foreach (var word in LetterRuns(text).Take(MaxWords))
        {
            words++;
            foreach (var (code, list) in Words)
                if (list.Contains(word))
                    counts[code]++;
        }
        if (words < MinWords)
            return default;
        var english = counts["en"] / (double)words;
        var (bestCode, bestCount) = counts.Where(c => c.Key != "en").MaxBy(c => c.Value);
        var best = bestCount / (double)words;
        if (english >= Clear && english >= best)
            return new Verdict("en", Names["en"]);
        if (best >= Clear && english < HardlyEnglish)
            return new Verdict(bestCode, Names[bestCode]);
        return default;
    }

    /// <summary>The text's runs of letters, in lower case ("l'état" gives "l" and "état", as the lists expect).</summary>
    private static IEnumerable<string> LetterRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
