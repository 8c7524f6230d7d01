using Extractor.Text;

namespace Extractor.Officials;

/// <summary>
/// The offices and roles of Resources/official-titles.tsv, matched as word sequences on <see cref="Word.Key"/>:
/// titles (with their written-out form for abbreviations), plural titles that head a list of names, qualifiers
/// that belong to a title ("Police" Chief), words for former or acting holders, and party words.
/// </summary>
public static class OfficialTitles
{
    private static readonly Dictionary<string, string?> Titles = new(StringComparer.Ordinal);
    // Acronyms (DA, AG, CEO, MP) match only in capitals: "da" in "da Vinci" is no district attorney.
    private static readonly HashSet<string> CapitalsOnly = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Plurals = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal);
    private static readonly HashSet<string> FormerWords = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal);
    private static readonly HashSet<string> DescribingWords = new(StringComparer.Ordinal);
    private static readonly HashSet<string> BodyTitles = new(StringComparer.Ordinal);
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal);
    private static readonly int LongestTitle;

    static OfficialTitles()
    {
        foreach (var line in ResourceText.Lines("official-titles.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
                continue;
            var key = string.Join(' ', Word.KeysOfPhrase(parts[1]));
            var writtenOut = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            switch (parts[0])
            {
                case "title":
                    Titles[key] = writtenOut;
                    LongestTitle = Math.Max(LongestTitle, key.Count(c => c == ' ') + 1);
                    if (parts[1].Length <= 4 && parts[1].All(c => !char.IsLetter(c) || char.IsUpper(c)))
                        CapitalsOnly.Add(key);
                    break;
                case "plural": Plurals[key] = writtenOut ?? parts[1]; break;
                case "qualifier": Qualifiers.Add(key); break;
                case "former": FormerWords.Add(key); break;
                case "party": PartyWords.Add(key); break;
                case "describing": DescribingWords.Add(key); break;
                case "body-title": BodyTitles.Add(key); break;
                case "body-word": BodyWords.Add(key); break;
            }
        }
    }

    public static bool IsQualifier(Word word) => Qualifiers.Contains(word.Key);
    public static bool IsFormer(Word word) => FormerWords.Contains(word.Key);
    public static bool IsParty(Word word) => word.IsCapitalized && PartyWords.Contains(word.Key);
    public static bool IsDescribing(Word word) => DescribingWords.Contains(word.Key);
    public static bool IsBodyTitle(string key) => BodyTitles.Contains(key);

    /// <summary>Whether a body's words make it a public one ("Senate Judiciary panel", "city council").</summary>
    public static bool IsPublicBody(IEnumerable<Word> words) => words.Any(w => BodyWords.Contains(w.Key));

    /// <summary>The longest title whose last word is words[end - 1]: its length in words (0 when none) and written-out form.</summary>
    public static (int Length, string? WrittenOut) EndingAt(IReadOnlyList<Word> words, int end)
    {
        for (var length = Math.Min(LongestTitle, end); length >= 1; length--)
            if (Find(words, end - length, end) is { } found)
                return (length, found.WrittenOut);
        return (0, null);
    }

    /// <summary>The longest title whose first word is words[start].</summary>
    public static (int Length, string? WrittenOut) StartingAt(IReadOnlyList<Word> words, int start)
    {
        for (var length = Math.Min(LongestTitle, words.Count - start); length >= 1; length--)
            if (Find(words, start, start + length) is { } found)
                return (length, found.WrittenOut);
        return (0, null);
    }

    /// <summary>A plural title ("Reps.", "Senators") at words[end - 1], as the singular office it gives each name.</summary>
    public static string? PluralEndingAt(IReadOnlyList<Word> words, int end) =>
        end > 0 && Plurals.TryGetValue(words[end - 1].Key, out var singular) ? singular : null;

    private sealed record Found(string? WrittenOut);

    private static Found? Find(IReadOnlyList<Word> words, int start, int end)
    {
        var key = Join(words, start, end);
        if (!Titles.TryGetValue(key, out var writtenOut))
            return null;
        if (CapitalsOnly.Contains(key) && Enumerable.Range(start, end - start).Any(i => words[i].Surface.Any(char.IsLower)))
            return null;
        return new Found(writtenOut);
    }

    private static string Join(IReadOnlyList<Word> words, int start, int end)
    {
        if (end - start == 1)
            return words[start].Key;
        return string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].Key));
    }
}
