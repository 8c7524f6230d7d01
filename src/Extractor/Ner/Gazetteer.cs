namespace Extractor.Ner;

/// <summary>
/// Names known in advance (organizations, people's first names, titles), compiled from the lexicons into a
/// model resource. Matching marks each token of the longest known phrase with its type and position, which
/// the tagger uses as a feature, never as a verdict.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, (string Type, int Length)[]> _byFirstWord = new(StringComparer.Ordinal);

    public static readonly Gazetteer Empty = new([]);

    /// <summary>Entries as (type, phrase): type ORG, LOC, PER, FIRST (a first name) or TITLE.</summary>
    public Gazetteer(IEnumerable<(string Type, string Phrase)> entries)
    {
        var grouped = new Dictionary<string, HashSet<(string, int)>>(StringComparer.Ordinal);
        foreach (var (type, phrase) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            if (!grouped.TryGetValue(words[0], out var set))
                grouped[words[0]] = set = [];
            set.Add((type + "\u0001" + string.Join(' ', words), words.Length));
        }
        foreach (var (first, set) in grouped)
            _byFirstWord[first] = set.Select(e => (e.Item1, e.Item2)).OrderByDescending(e => e.Item2).ToArray();
        Count = grouped.Values.Sum(s => s.Count);
    }

    public int Count { get; }

    public static Gazetteer Load(string path) => new(File.ReadLines(path)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length >= 2)
        .Select(parts => (parts[0], parts[1])));

    /// <summary>Whether the phrase (words joined by single spaces) is listed with this type.</summary>
    public bool Has(string type, string phrase)
    {
        var space = phrase.IndexOf(' ');
        var first = space < 0 ? phrase : phrase[..space];
        return _byFirstWord.TryGetValue(first, out var candidates) && candidates.Any(c => c.Type == type + "\u0001" + phrase);
    }

    /// <summary>For each token, the gazetteer mark of the longest phrase covering it ("ORG-B", "ORG-I", "FIRST-B"), or null.</summary>
    public string?[] Mark(IReadOnlyList<string> tokens)
    {
        var marks = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i], out var candidates))
                continue;
            foreach (var (key, length) in candidates)
            {
                if (i + length > tokens.Count || !Matches(key, tokens, i, length))
                    continue;
                var type = key[..key.IndexOf('\u0001')];
                for (var j = 0; j < length; j++)
                    marks[i + j] ??= type + (j == 0 ? "-B" : "-I");
                break;
            }
        }
        return marks;
    }

    private static bool Matches(string key, IReadOnlyList<string> tokens, int start, int length)
    {
        var phrase = key.AsSpan(key.IndexOf('\u0001') + 1);
        var position = 0;
        for (var j = 0; j < length; j++)
        {
            var token = tokens[start + j];
            if (j > 0)
            {
                if (position >= phrase.Length || phrase[position] != ' ')
                    return false;
                position++;
            }
            if (!phrase[position..].StartsWith(token, StringComparison.Ordinal))
                return false;
            position += token.Length;
        }
        return position == phrase.Length;
    }
}
