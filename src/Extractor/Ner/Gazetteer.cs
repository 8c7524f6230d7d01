namespace Extractor.Ner;

/// <summary>
/// Names known in advance (organizations, people's first names, titles), compiled from the lexicons into a
/// model resource. Matching marks each token of the longest known phrase with its type and position, which
/// the tagger uses as a feature, never as a verdict.
/// </summary>
public sealed class Gazetteer
{
    // Phrases by their first word, longest first; the marks are made once here, not at every match.
    private readonly Dictionary<string, Entry[]> _byFirstWord = new(StringComparer.Ordinal);

    private sealed record Entry(string Type, string Phrase, int Length, string BeginMark, string InsideMark);

    public static readonly Gazetteer Empty = new([]);

    /// <summary>Entries as (type, phrase): type ORG, LOC, PER, FIRST (a first name) or TITLE.</summary>
    public Gazetteer(IEnumerable<(string Type, string Phrase)> entries)
    {
        var grouped = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var marks = new Dictionary<string, (string Begin, string Inside)>(StringComparer.Ordinal);
        foreach (var (type, raw) in entries)
        {
            var phrase = raw.Contains("  ", StringComparison.Ordinal) || raw.StartsWith(' ') || raw.EndsWith(' ')
                ? string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                : raw;
            if (phrase.Length == 0 || !seen.Add((type, phrase)))
                continue;
            var space = phrase.IndexOf(' ');
            var first = space < 0 ? phrase : phrase[..space];
            if (!grouped.TryGetValue(first, out var list))
                grouped[first] = list = [];
            if (!marks.TryGetValue(type, out var mark))
                marks[type] = mark = (type + "-B", type + "-I");
            list.Add(new Entry(type, phrase, phrase.AsSpan().Count(' ') + 1, mark.Begin, mark.Inside));
        }
        foreach (var (first, list) in grouped)
            _byFirstWord[first] = list.OrderByDescending(e => e.Length).ToArray(); // stable: of two equal phrases, the first listed marks
        Count = seen.Count;
    }

    public int Count { get; }

    public static Gazetteer Load(string path)
    {
        var entries = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab < 0)
                continue;
            var end = line.IndexOf('\t', tab + 1);
            entries.Add((line[..tab], end < 0 ? line[(tab + 1)..] : line[(tab + 1)..end]));
        }
        return new Gazetteer(entries);
    }

    /// <summary>Whether the phrase (words joined by single spaces) is listed with this type.</summary>
    public bool Has(string type, string phrase)
    {
        var space = phrase.IndexOf(' ');
        var first = space < 0 ? phrase : phrase[..space];
        return _byFirstWord.TryGetValue(first, out var candidates) && candidates.Any(c => c.Type == type && c.Phrase == phrase);
    }

    /// <summary>For each token, the gazetteer mark of the longest phrase covering it ("ORG-B", "ORG-I", "FIRST-B"), or null.</summary>
    public string?[] Mark(IReadOnlyList<string> tokens)
    {
        var marks = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i], out var candidates))
                continue;
            foreach (var entry in candidates)
            {
                if (i + entry.Length > tokens.Count || !Matches(entry.Phrase, tokens, i, entry.Length))
                    continue;
                for (var j = 0; j < entry.Length; j++)
                    marks[i + j] ??= j == 0 ? entry.BeginMark : entry.InsideMark;
                break;
            }
        }
        return marks;
    }

    private static bool Matches(string key, IReadOnlyList<string> tokens, int start, int length)
    {
        var phrase = key.AsSpan();
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
