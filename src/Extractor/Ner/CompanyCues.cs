namespace Extractor.Ner;

/// <summary>
/// A name the tagger read as a place or another kind of name that the text itself presents as a company or body
/// is an organization, in every mention of the document: a descriptor noun right before it ("the right-wing
/// website Breitbart", "research firm Oanda") or, after a "place", a role only companies have right after it or
/// its possessive ("Amazon founder Jeff Bezos", "Nvidia's CEO"). The tagger learnt from 1996 newswire, where
/// "Amazon" is a river; the sentence says otherwise. Names the training data tagged as places or other names many times ("US",
/// "China") are left alone: there the cue is a misreading.
/// </summary>
public static class CompanyCues
{
    private static readonly HashSet<string> CompanyNouns = NameWords.Set("company-noun");
    private static readonly HashSet<string> CompanyRoles = NameWords.Set("company-role");

    /// <summary>A name seen as a place or another kind of name this often in the training data keeps its type.</summary>
    private const int WellKnown = 10;

    public static List<NamedSpan> Apply(List<NamedSpan> spans, string text, NameTypes types)
    {
        var companies = spans
            // A nationality is MISC and qualifies a role ("the Portuguese boss"): roles only count after places.
            .Where(s => s.Type is "LOC" or "MISC" && (NounBefore(text, s.Start) || (s.Type == "LOC" && RoleAfter(text, s.End))))
            .Select(s => s.Text)
            .Where(name => types.Name(name) is not { } seen || (seen.Loc < WellKnown && seen.Misc < WellKnown))
            .ToHashSet(StringComparer.Ordinal);
        if (companies.Count == 0)
            return spans;
        return spans.Select(s => s.Type is "LOC" or "MISC" && companies.Contains(s.Text) ? s with { Type = "ORG" } : s).ToList();
    }

    private static bool NounBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 1 || text[end] != ' ')
            return false;
        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
            begin--;
        return CompanyNouns.Contains(text[begin..end]);
    }

    private static bool RoleAfter(string text, int end)
    {
        var i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's')
            i += 2;
        if (i >= text.Length || text[i] != ' ')
            return false;
        var start = i + 1;
        return CompanyRoles.Contains(text[start..NameRules.LetterRunEnd(text, start, hyphens: true)]);
    }
}
