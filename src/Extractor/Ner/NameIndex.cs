namespace Extractor.Ner;

/// <summary>An article's names sorted by start, to find those of one sentence by binary search instead of a scan of all.</summary>
public sealed class NameIndex
{
    /// <summary>No name is longer: bounds the look-back for names that may cover a position.</summary>
    public const int MaxNameLength = 200;

    private readonly List<NamedSpan> _sorted;
    private readonly int[] _starts;

    public NameIndex(IEnumerable<NamedSpan> names)
    {
        _sorted = names.OrderBy(n => n.Start).ToList();
        _starts = _sorted.Select(n => n.Start).ToArray();
    }

    public int Count => _sorted.Count;

    /// <summary>The names that start before <paramref name="position"/>, latest first.</summary>
    public IEnumerable<NamedSpan> Before(int position)
    {
        var i = Array.BinarySearch(_starts, position);
        if (i < 0)
            i = ~i;
        while (i > 0 && _starts[i - 1] >= position)
            i--;
        for (i--; i >= 0; i--)
            yield return _sorted[i];
    }

    /// <summary>
    /// The name of a type that opens the latest sentence naming one before <paramref name="before"/>: the subject,
    /// usually, and what a later "she" or "the group" most likely means ("In the fall, Roberts won't return to
    /// teaching. … she said" means Roberts).
    /// </summary>
    public NamedSpan? OpeningLatestSentence(IReadOnlyList<Model.Sentence> sentences, string type, int before)
    {
        var latest = Before(before).FirstOrDefault(n => n.Type == type && n.End <= before);
        if (latest is null)
            return null;
        var s = Text.SpanSearch.IndexAt(sentences, latest.Start, x => x.Start, x => x.End);
        return s < 0 ? latest : Within(sentences[s].Start, latest.End).FirstOrDefault(n => n.Type == type) ?? latest;
    }

    /// <summary>The names that start in [start, end), in text order.</summary>
    public IEnumerable<NamedSpan> Within(int start, int end)
    {
        var i = Array.BinarySearch(_starts, start);
        if (i < 0)
            i = ~i;
        while (i > 0 && _starts[i - 1] == start)
            i--;
        for (; i < _sorted.Count && _sorted[i].Start < end; i++)
            yield return _sorted[i];
    }
}
