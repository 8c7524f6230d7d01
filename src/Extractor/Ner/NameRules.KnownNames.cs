namespace Extractor.Ner;

public static partial class NameRules
{
    /// <summary>A one-word name the training data tagged this often, nearly always as an organization, is one when untagged.</summary>
    private const int KnownOrganizationCount = 5;

    /// <summary>
    /// "prompted some on Twitter to call for a boycott": a capitalized word inside a sentence that the tagger left
    /// untagged, standing alone (no capitalized word beside it, no number after it), that the training data tagged as an organization
    /// at least five times and nine times in ten or more (Twitter, Reuters, NATO) is an organization.
    /// </summary>
    public static List<NamedSpan> AddKnownOrganizations(List<NamedSpan> spans, string text, NameTypes types)
    {
        var added = new List<NamedSpan>();
        var index = new NameIndex(spans);
        foreach (System.Text.RegularExpressions.Match m in CapitalizedWord().Matches(text))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (types.Name(m.Value) is not { } seen || seen.Org < KnownOrganizationCount || seen.Org < 0.9 * seen.Total)
                continue;
            if (index.Before(end).TakeWhile(n => n.Start >= start - NameIndex.MaxNameLength).Any(n => n.End > start))
                continue; // inside a tagged name
            if (StartsSentence(text, start) || NameOrNumberBeside(text, start, end))
                continue;
            added.Add(new NamedSpan("ORG", m.Value, start, end));
        }
        return added.Count == 0 ? spans : spans.Concat(added).OrderBy(n => n.Start).ToList();
    }

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '"' or '“' or '‘' or '\'' or '(' or ':' or '\n' or '—' or '–' or '-' or '|';
    }

    private static bool NameOrNumberBeside(string text, int start, int end)
    {
        var (_, before) = WordBefore(text, start);
        // A number after it makes an index or a product of the name ("S&P 500"), not the company.
        var after = end + 1 < text.Length && text[end] == ' ' && (char.IsUpper(text[end + 1]) || char.IsDigit(text[end + 1]));
        return after || (before.Length > 0 && char.IsUpper(before[0]));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w@#])[A-Z][A-Za-z0-9&.'-]*[A-Za-z0-9](?![\w@])")]
    private static partial System.Text.RegularExpressions.Regex CapitalizedWord();
}
