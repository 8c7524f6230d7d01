namespace Extractor.Ner;

/// <summary>
/// How often names and name words were tagged PER, ORG, LOC or MISC in the tagger's training data
/// (models/ner-name-types.tsv, made by <c>extractor train names</c>). The entity builder asks it what a name
/// usually is when the tagger's decision is doubtful: "New York" tagged ORG is nearly always a place; a
/// one-word "person" such as "Dennis" is a first name, "Durham" a place.
/// </summary>
public sealed class NameTypes
{
    public readonly record struct Counts(int Per, int Org, int Loc, int Misc)
    {
        public int Total => Per + Org + Loc + Misc;

        /// <summary>The type seen at least twice and more than twice as often as all others together, or null.</summary>
        public string? Dominant => Per >= 2 && Per > 2 * (Org + Loc + Misc) ? "PER"
            : Org >= 2 && Org > 2 * (Per + Loc + Misc) ? "ORG"
            : Loc >= 2 && Loc > 2 * (Per + Org + Misc) ? "LOC"
            : Misc >= 2 && Misc > 2 * (Per + Org + Loc) ? "MISC"
            : null;
    }

    private readonly Dictionary<string, Counts> _names;
    private readonly Dictionary<string, Counts> _words;

    public static readonly NameTypes Empty = new([], []);

    /// <summary>Lexicon places (the model's gazetteer: US cities and towns) that the rules may also consult.</summary>
    public Gazetteer Places { get; private init; } = Gazetteer.Empty;

    public NameTypes WithPlaces(Gazetteer places) => new(_names, _words) { Places = places };

    public NameTypes(Dictionary<string, Counts> names, Dictionary<string, Counts> words)
    {
        _names = names;
        _words = words;
    }

    /// <summary>The counts of a whole name ("New York"), its words joined by single spaces.</summary>
    public Counts? Name(string name) => _names.TryGetValue(name, out var c) ? c : null;

    /// <summary>The counts of a word inside any name ("Dennis" in "Dennis Rodman").</summary>
    public Counts? Word(string word) => _words.TryGetValue(word, out var c) ? c : null;

    /// <summary>A word seen twice or more in names, more often in persons' names than in all others together ("Mike").</summary>
    public bool IsMostlyPersonWord(string word) => Word(word) is { } seen && seen.Per >= 2 && seen.Per > seen.Org + seen.Loc + seen.Misc;

    public static NameTypes Load(string path)
    {
        var names = new Dictionary<string, Counts>(StringComparer.Ordinal);
        var words = new Dictionary<string, Counts>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var p = line.Split('\t');
            if (p.Length < 6)
                continue;
            var counts = new Counts(int.Parse(p[2]), int.Parse(p[3]), int.Parse(p[4]), int.Parse(p[5]));
            (p[0] == "name" ? names : words)[p[1]] = counts;
        }
        return new NameTypes(names, words);
    }
}
