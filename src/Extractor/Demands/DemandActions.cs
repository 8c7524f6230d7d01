using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// The normalized action of a demand (resign, fire, investigate, …) from Resources/demand-actions.tsv: the first
/// word of the demanded text that starts with a listed stem. Stems of four letters or fewer must be the whole
/// word or the word with an inflection ("act", "acts", "acted"; not "activity").
/// </summary>
public static class DemandActions
{
    private static readonly (string[] Words, string Action)[] Entries = ResourceText.Lines("demand-actions.tsv")
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length >= 2)
        .Select(parts => (parts[0].Split(' '), parts[1]))
        .ToArray();

    private static readonly string[] Inflections = ["", "s", "d", "ed", "ing", "es"];

    public static string? Of(IReadOnlyList<Word> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            foreach (var (stems, action) in Entries)
            {
                if (i + stems.Length > end)
                    continue;
                var all = true;
                for (var k = 0; k < stems.Length && all; k++)
                    all = Matches(words[i + k].Key, stems[k]);
                if (all)
                    return action;
            }
        }
        return null;
    }

    private static bool Matches(string word, string stem)
    {
        if (stem.Length > 4)
            return word.StartsWith(stem, StringComparison.Ordinal);
        if (!word.StartsWith(stem, StringComparison.Ordinal))
            return false;
        var rest = word.AsSpan(stem.Length);
        if (rest.Length > 0 && rest[0] == stem[^1])
            rest = rest[1..]; // a doubled consonant: "banned", "cutting"
        foreach (var inflection in Inflections)
            if (rest.SequenceEqual(inflection))
                return true;
        return false;
    }
}
