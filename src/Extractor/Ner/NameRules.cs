namespace Extractor.Ner;

/// <summary>
/// Corrections of tagged names from what news names look like (Resources/name-words.tsv): a "person" with an
/// organization word is an organization ("Urban League", "KCTV5 News"), a name ending in a law word is a law
/// ("... Powers Act"), a title before a person's name is not part of it ("Mayor Quinton Lucas"), punctuation
/// at a name's edge is not part of it, and the place of a dateline is a place.
/// </summary>
public static partial class NameRules
{
    private static readonly HashSet<string> OrganizationWords = NameWords.Set("organization");
    private static readonly HashSet<string> LawWords = NameWords.Set("law");
    private static readonly HashSet<string> TitleWords = NameWords.Set("title");
    private static readonly HashSet<string> PlaceEnds = NameWords.Set("place-end");
    private static readonly HashSet<string> EventEnds = NameWords.Set("event-end");
    private static readonly HashSet<string> BodyNouns = NameWords.Set("body-noun");
    private static readonly HashSet<string> SeatEnds = NameWords.Set("seat-end");

    /// <param name="types">What names were tagged in the training data: an "organization" nearly always tagged
    /// as a place there ("New York", "Washington") is a place, one nearly always MISC ("North Korean") is MISC.</param>
    public static List<NamedSpan> Apply(IEnumerable<NamedSpan> spans, string text, NameTypes? types = null)
    {
        types ??= NameTypes.Empty;
        var datelineEnd = DatelinePlaceEnd(text);
        var result = new List<NamedSpan>();
        var quotedTitles = new HashSet<string>(StringComparer.Ordinal);
        var tagged = spans.ToList();
        // Words of the article's longer person names: "Sanders" alone is the man when "Bernie Sanders" is named too.
        // Not of names that a title quotation shows to be titles ("Black Lives Matter" does not make "Matter" a name).
        var longerNames = tagged.Where(s => s.Type == "PER" && s.Text.Contains(' ')).ToList();
        var titleNames = longerNames.Where(s => InTitleQuotation(text, s.Start, s.End)).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        var personNameWords = longerNames.Where(s => !titleNames.Contains(s.Text))
            .SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        foreach (var raw in tagged.SelectMany(s => SplitOfficeHolder(s, types)))
        {
            if (Trim(raw, text) is not { } span)
                continue;
            if (span.Start < datelineEnd && span.Type is "ORG" or "PER")
                continue; // "KANSAS CITY, MO (KCTV) –": the capitals before the agency are a place
            var words = span.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (span.Type is "ORG" && LawWords.Contains(words[^1]))
                continue;
            if (span.Type is "PER" or "MISC" && words.Skip(LeadingTitles(words)).Any(OrganizationWords.Contains))
                span = span with { Type = "ORG" };
            if (span.Type == "LOC" && words.Length > 1 && SeatEnds.Contains(words[^1]) && ActsAsInstitution(text, span.End))
                span = span with { Type = "ORG" }; // "White House officials": the seat speaks for the institution
            if (span.Type == "ORG" && BodyNounAfter(text, span.End) is { } bodyEnd)
                span = span with { Text = text[span.Start..bodyEnd], End = bodyEnd }; // "the Senate Judiciary panel"
            if (span.Type == "ORG" && !words.Any(OrganizationWords.Contains))
            {
                if (PlaceEnds.Contains(words[^1]) && words.Length > 1)
                    span = span with { Type = "LOC" }; // "Jackson County", "Osun State"
                else if (EventEnds.Contains(words[^1]) && words.Length > 1)
                    span = span with { Type = "MISC" }; // "Election Day"
                else if (MostlyPlace(types, span.Text) && !ActsAsInstitution(text, span.End))
                    span = span with { Type = "LOC" };
                else if (types.Name(span.Text) is { } seenMisc && Share(seenMisc.Misc, seenMisc) >= 0.6 && seenMisc.Misc >= 3)
                    span = span with { Type = "MISC" };
                else if (MostlyMiscWord(types, words[^1]))
                    span = span with { Type = "MISC" }; // "North Koreans", "Apple Watch Series", "House Democrats"
            }
            // “Black Lives Matter,” “Wild Rose”: a slogan or a title, and so wherever else the same words stand. But
            // one word known as a person's name, from the training data or from a longer name in the article, stays
            // a person (“Ask Dr. Mike”, and Mike; “Sanders Surges” beside Bernie Sanders).
            var knownName = words.Length == 1 && (types.IsMostlyPersonWord(words[0]) || personNameWords.Contains(words[0]));
            if (span.Type == "PER" && InTitleQuotation(text, span.Start, span.End)
                && (!knownName || IsWholeQuotation(text, span.Start, span.End)))
            {
                span = span with { Type = "MISC" };
                if (!knownName)
                    quotedTitles.Add(span.Text);
            }
            if (span.Type == "PER" && words.Length > 1 && PlaceEnds.Contains(words[^1]))
                span = span with { Type = "LOC" }; // "Mecklenberg County", "Merritt Island": no person's name ends so
            if (span.Type == "PER" && LeadingTitles(words) is > 0 and var titles && titles < words.Length)
            {
                // "Mayor Quinton Lucas": the title is the office, the name starts after it.
                var cut = span.Text.IndexOf(words[titles], StringComparison.Ordinal);
                span = span with { Text = span.Text[cut..], Start = span.Start + cut };
            }
            if (span.Type == "PER" && words.Length == 1 && FirstNameAfterTitle(text, span.Start) is { } first)
                span = span with { Text = text[first..span.End], Start = first };
            result.Add(span);
        }
        // Quoted once as a title, the same words are that title where they stand unquoted too.
        return quotedTitles.Count == 0 ? result : result.Select(s => s.Type == "PER" && quotedTitles.Contains(s.Text) ? s with { Type = "MISC" } : s).ToList();
    }

    /// <summary>
    /// "Jackson County Prosecutor Jean Peters Baker" tagged as one organization: a title inside a non-person name,
    /// followed by a word that is mostly a first name in the training data, parts the body ("Jackson County")
    /// from the office holder ("Jean Peters Baker"); the title between them is neither.
    /// </summary>
    private static IEnumerable<NamedSpan> SplitOfficeHolder(NamedSpan span, NameTypes types)
    {
        if (span.Type == "PER")
            return [span];
        var words = WordSpans(span.Text);
        for (var k = words.Count - 2; k >= 0; k--)
        {
            if (!TitleWords.Contains(Word(span, words[k])) || !types.IsMostlyPersonWord(Word(span, words[k + 1])))
                continue;
            var firstTitle = k;
            while (firstTitle > 0 && TitleWords.Contains(Word(span, words[firstTitle - 1])))
                firstTitle--;
            var person = Part(span, words[k + 1].Start, span.Text.Length, "PER");
            return firstTitle == 0 ? [person] : [Part(span, 0, words[firstTitle - 1].End, span.Type), person];
        }
        return [span];
    }

    private static List<(int Start, int End)> WordSpans(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\S+").Select(m => (m.Index, m.Index + m.Length)).ToList();

    private static string Word(NamedSpan span, (int Start, int End) word) => span.Text[word.Start..word.End];

    private static NamedSpan Part(NamedSpan span, int from, int to, string type) =>
        new(type, span.Text[from..to], span.Start + from, span.Start + to);

    /// <summary>
    /// "Sen. Thom Tillis" tagged as "Tillis" alone: a capitalized word between a title and a one-word person is
    /// the first name the tagger left out (a rare first name). Returns where it starts, or null.
    /// </summary>
    private static int? FirstNameAfterTitle(string text, int start)
    {
        var (wordStart, word) = WordBefore(text, start);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || TitleWords.Contains(word))
            return null;
        var (_, title) = WordBefore(text, wordStart);
        return TitleWords.Contains(title) ? wordStart : null;
    }

    /// <summary>The word ending just before a position, across one space; empty when something else stands there.</summary>
    private static (int Start, string Word) WordBefore(string text, int position)
    {
        if (position < 2 || text[position - 1] != ' ')
            return (position, "");
        var end = position - 1;
        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]))
            begin--;
        return (begin, text[begin..end]);
    }

    private static readonly HashSet<string> InstitutionRoles = NameWords.Set("institution-role", StringComparer.OrdinalIgnoreCase);

    /// <summary>The end of a lower-case body noun right after a name ("Senate Judiciary panel"), or null.</summary>
    private static int? BodyNounAfter(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
            return null;
        var start = end + 1;
        var i = LetterRunEnd(text, start);
        return i > start && BodyNouns.Contains(text[start..i]) ? i : null;
    }

    /// <summary>"a White House spokesperson", "White House officials": a place name speaking through its people is an institution.</summary>
    private static bool ActsAsInstitution(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
            i++;
        var start = i;
        i = LetterRunEnd(text, start);
        return i > start && InstitutionRoles.Contains(text[start..i]);
    }

    /// <summary>Where the run of letters (and hyphens, when asked) that starts at <paramref name="start"/> ends.</summary>
    internal static int LetterRunEnd(string text, int start, bool hyphens = false)
    {
        var i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || (hyphens && text[i] == '-')))
            i++;
        return i;
    }

    /// <summary>Whether one space and a capitalized word follow <paramref name="position"/>.</summary>
    private static bool CapitalizedWordAfter(string text, int position) =>
        position + 1 < text.Length && text[position] == ' ' && char.IsUpper(text[position + 1]);

    /// <summary>
    /// An organization named with its place is one name: "Urban League" + "of" + "Kansas City" → "Urban League of
    /// Kansas City", "ACLU of Ohio" (the tagger often splits chapter and branch names at "of").
    /// </summary>
    public static List<NamedSpan> JoinChapterNames(List<NamedSpan> spans, string text)
    {
        var result = new List<NamedSpan>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type == "ORG" && i + 1 < spans.Count && spans[i + 1] is { Type: "LOC" } place
                && text.AsSpan(span.End, Math.Max(0, place.Start - span.End)).SequenceEqual(" of "))
            {
                result.Add(new NamedSpan("ORG", text[span.Start..place.End], span.Start, place.End));
                i++;
                continue;
            }
            result.Add(span);
        }
        return result;
    }

    private static double Share(int count, NameTypes.Counts all) => all.Total == 0 ? 0 : (double)count / all.Total;

    /// <summary>
    /// A word the training data tags MISC inside names nearly always (seen 5 times or more, 80 %), also in the
    /// plural: nationalities and peoples ("Korean": 25 of 27), party members ("Democrats"), series and
    /// tournaments ("Series", "Open"). A name ending in one is no organization.
    /// </summary>
    private static bool MostlyMiscWord(NameTypes types, string word)
    {
        static bool Misc(NameTypes.Counts? seen) => seen is { } c && c.Misc >= 5 && Share(c.Misc, c) >= 0.8;
        return Misc(types.Word(word)) || (word.EndsWith('s') && Misc(types.Word(word[..^1])));
    }

    /// <summary>
    /// A place in the training data (mostly LOC, and seen three times or never as anything else) or in the
    /// lexicons' places while not mostly an organization there ("Durham" is a cricket club in CoNLL).
    /// </summary>
    public static bool MostlyPlace(NameTypes types, string name)
    {
        if (types.Name(name) is { } seen && Share(seen.Loc, seen) >= 0.6 && (seen.Loc >= 3 || seen.Loc == seen.Total))
            return true;
        return types.Places.Has("LOC", name) && !(types.Name(name) is { } known && Share(known.Org, known) >= 0.5);
    }

    private static int LeadingTitles(string[] words)
    {
        var count = 0;
        while (count < words.Length && TitleWords.Contains(words[count]))
            count++;
        return count;
    }

    /// <summary>Drops leading and trailing punctuation ("Bezos -") and the span when nothing is left.</summary>
    private static NamedSpan? Trim(NamedSpan span, string text)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && !char.IsLetterOrDigit(text[start]) && text[start] != '@')
            start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
            end--;
        // Page furniture glued to a name by scraping: "Story South Korea", "Reuters Image caption".
        while (LeadingLayoutWord(text, start, end) is { } next)
            start = next;
        while (TrailingLayoutWord(text, start, end) is { } previous)
            end = previous;
        if (end - start < 2 || LayoutWords.Contains(text[start..end]))
            return null;
        return start == span.Start && end == span.End ? span : span with { Text = text[start..end], Start = start, End = end };
    }

    private static readonly HashSet<string> LayoutWords = NameWords.Set("layout");

    private static int? LeadingLayoutWord(string text, int start, int end)
    {
        var space = text.IndexOf(' ', start, end - start);
        return space > start && LayoutWords.Contains(text[start..space]) ? space + 1 : null;
    }

    private static int? TrailingLayoutWord(string text, int start, int end)
    {
        var space = text.LastIndexOf(' ', end - 1, end - start);
        return space > start && LayoutWords.Contains(text[(space + 1)..end]) ? space : null;
    }

    /// <summary>
    /// The end of a dateline that opens the text, or 0: a place in capitals, perhaps a state or country after a
    /// comma ("KANSAS CITY, MO", "LA CROSSE, Wis.", "LONDON, England"), then an agency in brackets or a dash.
    /// </summary>
    private static int DatelinePlaceEnd(string text)
    {
        var match = Dateline().Match(text.Length > 120 ? text[..120] : text);
        var place = match.Groups["place"];
        // Three capitals at least: "A -" or "US (" are not datelines worth the risk.
        return match.Success && place.Value.Count(char.IsUpper) >= 3 ? place.Index + place.Length : 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\- ]*[A-Z.](, *[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)?)?) *[(\-–—]")]
    private static partial System.Text.RegularExpressions.Regex Dateline();
}
