namespace Extractor.Ner;

public static partial class NameRules
{
    /// <summary>
    /// An untagged acronym listed with an organization is an organization too: "the Urban League, NAACP local
    /// chapter and MORE2", "ACLU and NAACP". Only all-capital words of two to six characters (digits allowed; longer ones are
    /// names in capitals, like bylines) in
    /// mixed-case text, joined to the organization by "and", "&amp;" or "or", and not mostly a place.
    /// </summary>
    public static List<NamedSpan> AddListedAcronyms(List<NamedSpan> spans, string text, NameTypes types)
    {
        var added = new List<NamedSpan>();
        var index = new NameIndex(spans);
        foreach (System.Text.RegularExpressions.Match m in Acronym().Matches(text))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            // Only names near the acronym can cover or list it: look them up, do not scan every name of the article.
            var before = index.Before(end).TakeWhile(n => n.Start >= start - NameIndex.MaxNameLength - MaxJoint).ToList();
            if (before.Any(n => n.End > start) || !MixedCaseAround(text, start, end) || MostlyPlace(types, m.Value))
                continue; // "US and UK" are places
            var listed = before.Any(n => n.Type == "ORG" && Joined(text, n.End, start))
                         || index.Within(end, end + MaxJoint + 1).Any(n => n.Type == "ORG" && Joined(text, end, n.Start));
            if (listed)
                added.Add(new NamedSpan("ORG", m.Value, start, end));
        }
        return added.Count == 0 ? spans : spans.Concat(added).OrderBy(n => n.Start).ToList();
    }

    /// <summary>
    /// Only "and", ", and", "&amp;" or "or" between two names, with up to two lower-case words before it ("NAACP local
    /// chapter and"); a bare comma is left out, as in "Hartford, CT" it joins a place and its state.
    /// </summary>
    private const int MaxJoint = 40; // characters between two names of a list: " local chapter, and "

    private static bool Joined(string text, int from, int to)
    {
        if (to <= from || to - from > MaxJoint)
            return false;
        return ListJoint().IsMatch(text.AsSpan(from, to - from));
    }

    private static bool MixedCaseAround(string text, int start, int end)
    {
        var from = Math.Max(0, start - 30);
        var to = Math.Min(text.Length, end + 30);
        return text.AsSpan(from, to - from).ContainsAnyInRange('a', 'z');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?=[A-Z0-9&]*[A-Z][A-Z0-9&]*[A-Z])[A-Z][A-Z0-9&]{1,5}\b")]
    private static partial System.Text.RegularExpressions.Regex Acronym();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s+[a-z]+){0,2}(\s+and\s+|\s*,\s*and\s+|\s+&\s+|\s+or\s+)$")]
    private static partial System.Text.RegularExpressions.Regex ListJoint();
}
