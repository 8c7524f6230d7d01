namespace Extractor.Text;

/// <summary>The abbreviation lexicon (Resources/abbreviations.tsv) and the sentence openers that decide ambiguous cases.</summary>
internal static class Abbreviations
{
    public enum Kind { None, Title, Any }

    private static readonly Dictionary<string, Kind> Known = ResourceText.Lines("abbreviations.tsv")
        .Select(line => line.Split('\t'))
        .ToDictionary(parts => parts[0], parts => parts[1] == "title" ? Kind.Title : Kind.Any, StringComparer.Ordinal);

    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> KnownSpans =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Starters = new(ResourceText.Lines("sentence-starters.txt"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterSpans =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of a word written without its final period, e.g. "Gov" or "U.S".</summary>
    public static Kind Classify(ReadOnlySpan<char> word)
    {
        if (KnownSpans.TryGetValue(word, out var kind))
            return kind;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return Kind.Title; // an initial: "Jean P. Baker"
        return IsInitialism(word) ? Kind.Any : Kind.None;
    }

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterSpans.Contains(word);

    /// <summary>Letters separated by single periods: "U.S", "a.m", "D.C".</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            var isLetterSlot = i % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(word[i]) : word[i] != '.')
                return false;
        }
        return true;
    }
}
