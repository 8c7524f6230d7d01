using Extractor.Ner;
using Extractor.Text;

namespace Extractor.Officials;

/// <summary>A tagged name of a sentence with the range of its words: <c>First</c> inclusive, <c>End</c> exclusive.</summary>
public readonly record struct WordSpan(NamedSpan Name, int First, int End);

/// <summary>Places the article's tagged names on the words of one sentence.</summary>
public static class SentenceNames
{
    public static List<WordSpan> Place(IReadOnlyList<Word> words, IEnumerable<NamedSpan> names)
    {
        var placed = new List<WordSpan>();
        if (words.Count == 0)
            return placed;
        foreach (var name in names)
        {
            if (name.End <= words[0].Start || name.Start >= words[^1].End)
                continue;
            var first = -1;
            var end = -1;
            for (var i = 0; i < words.Count; i++)
            {
                if (first < 0 && words[i].Start >= name.Start)
                    first = i;
                if (words[i].End <= name.End)
                    end = i + 1;
            }
            if (first >= 0 && end > first)
                placed.Add(new WordSpan(name, first, end));
        }
        placed.Sort((a, b) => a.First.CompareTo(b.First));
        return placed;
    }

    public static WordSpan? EndingAt(List<WordSpan> spans, int end, params string[] types) =>
        spans.Where(s => s.End == end && types.Contains(s.Name.Type)).Cast<WordSpan?>().FirstOrDefault();

    public static WordSpan? StartingAt(List<WordSpan> spans, int first, params string[] types) =>
        spans.Where(s => s.First == first && types.Contains(s.Name.Type)).Cast<WordSpan?>().FirstOrDefault();
}
