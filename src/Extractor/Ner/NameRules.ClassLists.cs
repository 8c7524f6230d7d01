namespace Extractor.Ner;

public static partial class NameRules
{
    private static readonly Dictionary<string, string> ClassTypes = NameWords.Of("class-place").Select(w => (w, "LOC"))
        .Concat(NameWords.Of("class-organization").Select(w => (w, "ORG")))
        .ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);

    // The cue is found first and the class noun before it checked: a search for some twenty class nouns at every
    // word of the text took longer than all the other rules together.
    private static readonly System.Text.RegularExpressions.Regex ListCue = new(
        @"\b(?:such\s+as|including|like)\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// "fast-growing counties such as Durham and Wake", "companies including Walmart, Target and Amazon": the names
    /// listed after a plural class noun and "such as", "including" or "like" are of the class's type, whatever the
    /// tagger said (Hearst 1992). The list ends at the first thing that is not a name, a comma, "and" or "or".
    /// </summary>
    public static List<NamedSpan> TypeClassLists(List<NamedSpan> spans, string text)
    {
        var retyped = new Dictionary<int, string>();
        var index = new NameIndex(spans);
        foreach (System.Text.RegularExpressions.Match m in ListCue.Matches(text))
        {
            var (classStart, word) = WordBefore(text, m.Index);
            if (!ClassTypes.TryGetValue(word.TrimEnd(',').ToLowerInvariant(), out var type))
                continue;
            if (CoordinatedClass(text, classStart))
                continue; // "countries and organisations, including South Africa, the African Union…": a mixed list
            var position = m.Index + m.Length;
            foreach (var name in index.Within(position, text.Length))
            {
                if (name.Start != position && !text.AsSpan(position, name.Start - position).SequenceEqual("the "))
                    break;
                if (text.AsSpan(name.End).StartsWith("'s") || text.AsSpan(name.End).StartsWith("’s"))
                    break; // "companies like Musk's Tesla": the name owns the item, it is not the item
                retyped[name.Start] = type;
                position = name.End + ListSeparatorLength(text, name.End);
                if (position == name.End)
                    break;
            }
        }
        return retyped.Count == 0 ? spans : spans.Select(s => retyped.TryGetValue(s.Start, out var t) && s.Type != t ? s with { Type = t } : s).ToList();
    }

    /// <summary>Whether another class noun and "and" or "or" stand right before the one at <paramref name="at"/>.</summary>
    private static bool CoordinatedClass(string text, int at)
    {
        var (jointStart, joint) = WordBefore(text, at);
        if (joint is not ("and" or "or"))
            return false;
        var (_, other) = WordBefore(text, jointStart);
        return ClassTypes.ContainsKey(other.TrimEnd(',').ToLowerInvariant());
    }

    /// <summary>The length of ", ", " and ", ", and ", " or ", ", or " at a position, or 0.</summary>
    private static int ListSeparatorLength(string text, int at)
    {
        foreach (var joint in (string[])[", and ", ", or ", ", ", " and ", " or "])
            if (text.AsSpan(at).StartsWith(joint, StringComparison.Ordinal))
                return joint.Length;
        return 0;
    }
}
