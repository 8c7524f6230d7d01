namespace Extractor.Ner;

/// <summary>
/// One name, one type per document: after tagging, an entity string tagged with different types takes its
/// majority type, and a capitalized occurrence left untagged takes the type the same name has elsewhere
/// (also a person's surname alone after the full name). News repeats names; the first mention is usually the
/// clearest.
/// </summary>
public static class DocumentConsistency
{
    public static void Apply(NerDocument document, List<int[]> tags)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
        {
            foreach (var (start, end, type) in Spans(tags[s]))
            {
                Vote(votes, Join(document.Sentences[s], start, end), type);
                if (type == "PER" && end - start >= 2)
                    Vote(votes, document.Sentences[s][end - 1], "PER"); // the surname alone will mean the person
            }
        }
        if (votes.Count == 0)
            return;

        var majority = votes.ToDictionary(v => v.Key, v => v.Value.MaxBy(kv => kv.Value).Key, StringComparer.Ordinal);
        var longest = votes.Keys.Max(k => k.Count(c => c == ' ') + 1);
        for (var s = 0; s < tags.Count; s++)
        {
            var tokens = document.Sentences[s];
            var labels = tags[s];
            // A name seen as a person elsewhere is that person here too; other types vary more within a
            // story (a country and its team, a city and its club), so only persons are carried over.
            foreach (var (start, end, type) in Spans(labels).ToList())
            {
                if (type != "PER" && majority.TryGetValue(Join(tokens, start, end), out var best) && best == "PER")
                    Write(labels, start, end, best);
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                if (labels[i] != NerLabels.Outside || !WordShape.IsCapitalized(tokens[i]) || (i == 0 && !IsKnownName(votes, tokens[i])))
                    continue;
                for (var length = Math.Min(longest, tokens.Count - i); length >= 1; length--)
                {
                    var end = i + length;
                    if (Enumerable.Range(i, length).Any(j => labels[j] != NerLabels.Outside))
                        continue;
                    if (!majority.TryGetValue(Join(tokens, i, end), out var type))
                        continue;
                    Write(labels, i, end, type);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>A sentence-initial word is taken only when it was tagged as a name elsewhere, not when it merely follows one.</summary>
    private static bool IsKnownName(Dictionary<string, Dictionary<string, int>> votes, string token) =>
        votes.TryGetValue(token, out var types) && types.Values.Sum() >= 2;

    private static void Vote(Dictionary<string, Dictionary<string, int>> votes, string text, string type)
    {
        if (!votes.TryGetValue(text, out var types))
            votes[text] = types = new Dictionary<string, int>(StringComparer.Ordinal);
        types[type] = types.GetValueOrDefault(type) + 1;
    }

    private static void Write(int[] labels, int start, int end, string type)
    {
        labels[start] = NerLabels.IndexOf("B-" + type);
        for (var j = start + 1; j < end; j++)
            labels[j] = NerLabels.IndexOf("I-" + type);
    }

    private static string Join(IReadOnlyList<string> tokens, int start, int end) => string.Join(' ', tokens.Skip(start).Take(end - start));

    public static IEnumerable<(int Start, int End, string Type)> Spans(int[] labels)
    {
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabels.Outside;
            var continues = label != NerLabels.Outside && !NerLabels.IsBegin(label) && start >= 0 && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start]);
            if (start >= 0 && !continues)
            {
                yield return (start, i, NerLabels.TypeOf(labels[start]));
                start = -1;
            }
            if (label != NerLabels.Outside && start < 0)
                start = i;
        }
    }
}
