namespace Extractor.Ner;

/// <summary>
/// The types earlier sentences of a document gave each capitalized word ("Smith" was a person three times).
/// The tagger reads it as a feature of later occurrences, so that a story's later, shorter mentions follow its
/// first, clearer ones. Training fills it from the gold tags, tagging from the tagger's own decisions.
/// </summary>
public sealed class LabelHistory
{
    private static readonly string[] Types = ["O", "PER", "ORG", "LOC", "MISC"];
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public void Record(IReadOnlyList<string> tokens, IReadOnlyList<int> labels)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!WordShape.IsCapitalized(tokens[i]))
                continue;
            var lower = tokens[i].ToLowerInvariant();
            if (!_counts.TryGetValue(lower, out var counts))
                _counts[lower] = counts = new int[Types.Length];
            counts[TypeIndex(labels[i])]++;
        }
    }

    /// <summary>The type most often given to the word so far and every type it was given; nothing for a new word.</summary>
    public (string? Majority, IEnumerable<string> Seen) Of(string lower)
    {
        if (!_counts.TryGetValue(lower, out var counts))
            return (null, []);
        var best = 0;
        for (var t = 1; t < counts.Length; t++)
            if (counts[t] > counts[best])
                best = t;
        return (Types[best], Types.Where((_, t) => counts[t] > 0));
    }

    private static int TypeIndex(int label) => label == NerLabels.Outside ? 0 : Array.IndexOf(Types, NerLabels.TypeOf(label));
}
