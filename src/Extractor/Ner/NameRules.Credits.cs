namespace Extractor.Ner;

public static partial class NameRules
{
    private static readonly string[] CreditAgencies = NameWords.Of("credit-agency").OrderByDescending(a => a.Length).ToArray();

    private static readonly string Agency = $"(?:{string.Join('|', CreditAgencies.Select(System.Text.RegularExpressions.Regex.Escape))})";

    private static readonly System.Text.RegularExpressions.Regex CreditPattern = new(
        // After "|", "©", "Photo:" or "Credit:" an agency is a credit whatever follows ("| Getty Black Caucus
        // marches…": the headline glued to the caption); after "/", "(" or at a line start only before "Photo",
        // "Images", "/", ")", "|", "," or a line end ("Hindustan Times/Getty Images", "(AFP / ISHARA S. KODIKARA)").
        @"(?<=(?:[|©]|(?i:photo(?:graph)?|image|picture|credit|source|foto|quelle)s?:)[ \t]*)" + Agency + @"\b" +
        @"|(?<=(?:^|[/(])[ \t]*)" + Agency + @"(?=[ \t]*(?:$|[|/),]|Photo\b|Images\b))",
        System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Wire and photo agencies named in credits are organizations ("| AP Photo", "| Getty", "Photo: AFP"), also
    /// where the tagger ran them into a neighbouring name ("| Getty Black Caucus marches…", a caption's credit
    /// glued to the headline after it): the agency is cut out and the rest keeps the tagger's type.
    /// </summary>
    public static List<NamedSpan> MarkCredits(List<NamedSpan> spans, string text)
    {
        var credits = CreditPattern.Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        if (credits.Count == 0)
            return spans;
        var result = new List<NamedSpan>(spans.Count + credits.Count);
        foreach (var span in spans)
        {
            var cursor = span.Start;
            foreach (var (start, end) in credits.Where(c => c.Index < span.End && c.End > span.Start))
            {
                AddRest(result, span, cursor, start, text);
                cursor = Math.Max(cursor, end);
            }
            AddRest(result, span, cursor, span.End, text);
        }
        result.AddRange(credits.Select(c => new NamedSpan("ORG", text[c.Index..c.End], c.Index, c.End)));
        return result.OrderBy(s => s.Start).ToList();
    }

    /// <summary>The part [from, to) of a name outside the credits, trimmed, if a name is left.</summary>
    private static void AddRest(List<NamedSpan> result, NamedSpan span, int from, int to, string text)
    {
        if (from == span.Start && to == span.End)
        {
            result.Add(span);
            return;
        }
        while (from < to && !char.IsLetterOrDigit(text[from]))
            from++;
        while (to > from && !char.IsLetterOrDigit(text[to - 1]))
            to--;
        if (to - from >= 2)
            result.Add(new NamedSpan(span.Type, text[from..to], from, to));
    }
}
