using Extractor.Model;
using Extractor.Ner;
using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>
/// Who said each quote: a reporting cue next to the quote ("...," Williams said / said Rodney Williams /
/// Gwen Grant with Urban League said: "..."), the name beside the cue (a tagged person or organization, else a
/// capitalized run), pronouns resolved to the latest person or organization before the quote, and the speaker
/// carried over to a quote continued from the previous paragraph or split by the attribution. Names are the
/// fullest forms of the article's people and organizations; "with/of/for ORG" after the speaker gives the
/// affiliation.
/// </summary>
public static partial class QuoteAttributor
{
    private const int MinWords = 4;   // shorter quotes are scare quotes or titles of works
    private const int Window = 160;   // characters searched before and after a quote for its attribution

    /// <summary>Whether the marks hold a quotation (four words or more) rather than a scare quote or a title.</summary>
    public static bool IsQuotation(string text, QuoteSpan span) => Words(text, span.Start, span.End) >= MinWords;

    public static List<Quote> Attribute(Article article, IReadOnlyList<QuoteSpan> spans, CancellationToken ct = default)
    {
        var text = article.AnalysisText;
        // Names inside quotes are what someone said, not who said it; a possessive name ("Trump's adviser") is not the speaker.
        var names = new NameIndex(article.Names
            .Where(n => n.Type is "PER" or "ORG" && !InsideQuote(spans, n) && !IsPossessive(text, n.End)));
        var subjects = CueSubjects(text, names);
        var canonical = EntityNames.Of(article);
        var quotes = new List<Quote>();
        string? previousSpeaker = null;
        var previousSpeakerIsPerson = false;
        var previousEnd = -1;
        foreach (var span in spans)
        {
            ct.ThrowIfCancellationRequested();
            if (!IsQuotation(text, span))
            {
                previousEnd = span.CloseMark;
                continue;
            }
            var paragraphStart = text.LastIndexOf('\n', Math.Max(0, span.OpenMark - 1)) + 1;
            var afterEnd = AfterLimit(text, span);
            var beforeStart = Math.Max(Math.Max(paragraphStart, previousEnd + 1), span.OpenMark - Window);

            // A quote that ends its sentence (". or ?") is usually introduced before it; one ending in a comma is attributed after it.
            var endsSentence = text[span.Start..span.End].TrimEnd().EndsWith('.') || text[span.Start..span.End].TrimEnd().EndsWith('?') || text[span.Start..span.End].TrimEnd().EndsWith('!');
            var found = endsSentence
                ? FindBefore(text, names, beforeStart, span.OpenMark) ?? FindAfter(text, names, span.CloseMark + 1, afterEnd)
                : FindAfter(text, names, span.CloseMark + 1, afterEnd) ?? FindBefore(text, names, beforeStart, span.OpenMark);
            if (found is null && StartsParagraph(text, span, paragraphStart) && paragraphStart > 1)
            {
                // The previous paragraph introduced the speaker: "Letitia James said her office ..." then the quote.
                var previousParagraph = PreviousParagraphStart(text, paragraphStart);
                found = FindBefore(text, names, Math.Max(previousParagraph, previousEnd + 1), paragraphStart - 1);
            }
            string? speaker = null;
            string? affiliation = null;
            var cue = found?.Cue is { Length: > 0 } c ? c : null;
            if (found is { } f)
            {
                // "he added" after a quote goes on with the person just quoted; otherwise the latest speaking subject.
                speaker = f.Name is { } name ? canonical.GetValueOrDefault((name.Start, name.End)) ?? name.Text
                    : f.Pronoun == "person" && previousSpeakerIsPerson && previousEnd >= PreviousParagraphStart(text, paragraphStart)
                      && !names.Within(previousEnd + 1, span.OpenMark).Any(n => n.Type == "PER") ? previousSpeaker
                    : f.Pronoun is { } pronoun ? Resolve(pronoun, subjects, names, canonical, f.PronounAt, article.Sentences) ?? previousSpeaker
                    : null;
                if (f.Name is { } speakerSpan)
                    affiliation = Affiliation(text, names, canonical, speakerSpan, f.SearchEnd);
            }
            // No attribution at all: a quote split by its attribution, or continuing the previous paragraph's, has the same speaker.
            // An attribution to someone unnamed ("one union representative told Reuters") stays without a speaker.
            var sameParagraphAsPrevious = previousEnd >= paragraphStart;
            var inherited = found is null && speaker is null && (span.ContinuedFromParagraph || sameParagraphAsPrevious || StartsParagraph(text, span, paragraphStart));
            if (inherited)
                speaker = previousSpeaker;

            quotes.Add(new Quote(text[span.Start..span.End], speaker, affiliation, cue, span.Start, span.End));
            if (speaker is not null && !inherited)
                previousSpeakerIsPerson = found is { Name.Type: "PER" } || found?.Pronoun == "person";
            previousSpeaker = speaker ?? previousSpeaker;
            previousEnd = span.CloseMark;
        }
        return quotes;
    }

    private readonly record struct Attribution(NamedSpan? Name, string? Pronoun, string Cue, int SearchEnd, int PronounAt = 0);

    /// <summary>After the quote: ", NAME said", ", said NAME", ", she said", up to the next quote or paragraph end.</summary>
    private static Attribution? FindAfter(string text, NameIndex names, int from, int to)
    {
        if (from >= text.Length)
            return null; // a quote left open at the end of the text has nothing after it
        // An embedded post signs after its text: '"..." — Kaci Jones (@KaciKCTV5) June 3, 2020'.
        if (EmbeddedPostSignature().Match(text, from, Math.Min(80, text.Length - from)) is { Success: true } post)
        {
            var group = post.Groups["name"];
            return new Attribution(new NamedSpan("PER", group.Value, group.Index, group.Index + group.Length), null, "posted", to);
        }
        to = SentenceEnd(text, from, Math.Min(to, from + 100));
        var cue = FirstCue(text, from, to);
        if (cue is not { } c)
        {
            // '...," Rep. Gregory Meeks (D-N.Y.).': a person named right after the quote, even without a verb.
            var named = names.Within(from, from + 13).FirstOrDefault(n => n.Type == "PER" && n.End <= to);
            return named is not null && text.AsSpan(from, named.Start - from).Trim().Length <= 6 ? new Attribution(named, null, "", to) : null;
        }
        // Between the quote and the cue, a person before an organization ('," Rodney Williams with NAACP said'
        // names Williams, not the NAACP), and of several people the one next to the cue ('," Harris senior
        // adviser David Plouffe said': the first name only says whose adviser).
        var between = names.Within(from, c.Start).Where(n => n.End <= c.Start).ToList();
        var before = between.LastOrDefault(n => n.Type == "PER") ?? between.FirstOrDefault();
        if (before is not null && !HasClauseBreak(text, before.End, c.Start))
            return new Attribution(before, null, c.Text, c.Start);
        if (PronounBefore(text, from, c.Start) is { } pronoun)
            return new Attribution(null, pronoun, c.Text, c.Start, c.Start);
        if (c.Text is "told" or "tells" or "tell")
            return new Attribution(null, null, c.Text, c.Start); // "told Reuters": the name after is the listener
        if (PronounAfter(text, c.End, to) is { } follower)
            return new Attribution(null, follower, c.Text, c.Start, c.Start); // "said a spokesperson for the retailer"
        // After the cue, a person before anything else, the fullest name first: 'said Charlotte Rep. Alma Adams'.
        // A name before the first comma after the cue comes first ('said Rioland, who is Black': what follows
        // the comma describes the speaker); else one after it ('said the firm's chief executive, Alan Mulally'),
        // but never inside a relative clause.
        var comma = text.IndexOf(',', c.End, Math.Max(0, to - c.End));
        var beforeComma = comma >= 0 ? comma : to;
        var relative = RelativeClause().Match(text, c.End, Math.Max(0, to - c.End));
        var limit = relative.Success ? relative.Index : to;
        var near = BestAfter(names, c.End, Math.Min(beforeComma, limit));
        if (near is not null)
            return new Attribution(near, null, c.Text, to);
        if (CapitalizedRun(text, c.End, Math.Min(beforeComma, limit), backwards: false) is { } nearRun && comma >= 0)
            return new Attribution(nearRun, null, c.Text, to);
        if (BestAfter(names, c.End, limit) is { } far)
            return new Attribution(far, null, c.Text, to);
        return CapitalizedRun(text, from, c.Start, backwards: true) is { } run ? new Attribution(run, null, c.Text, c.Start)
             : CapitalizedRun(text, c.End, limit, backwards: false) is { } next ? new Attribution(next, null, c.Text, to)
             : null;
    }

    /// <summary>The name after a cue that most likely speaks: a person before an organization, the fullest name, the first.</summary>
    private static NamedSpan? BestAfter(NameIndex names, int from, int to) =>
        names.Within(from, from + 71).Where(n => n.End <= to)
            .OrderByDescending(n => n.Type == "PER").ThenByDescending(n => n.Text.Contains(' ')).ThenBy(n => n.Start).FirstOrDefault();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(who|which|whose)\b")]
    private static partial System.Text.RegularExpressions.Regex RelativeClause();

    /// <summary>Before the quote: "NAME said:", "NAME said that", "according to NAME,".</summary>
    private static Attribution? FindBefore(string text, NameIndex names, int from, int to)
    {
        if (to <= from)
            return null; // a quote that opens the text has nothing before it
        var according = text.LastIndexOf("according to", to - 1, to - from, StringComparison.OrdinalIgnoreCase);
        if (according >= from && names.Within(according + 1, to).FirstOrDefault(n => n.End <= to) is { } source)
            return new Attribution(source, null, "according to", to);
        // The cue nearest the quote first, then earlier ones: "a spokesperson confirmed, after a union complained".
        foreach (var c in Cues(text, from, to).Reverse())
        {
            var name = names.Within(from, c.Start).LastOrDefault(n => n.End <= c.Start);
            if (name is not null && !HasClauseBreak(text, name.End, c.Start))
                return new Attribution(name, null, c.Text, c.Start);
            if (PronounBefore(text, from, c.Start) is { } pronoun)
                return new Attribution(null, pronoun, c.Text, c.Start, c.Start);
            if (CapitalizedRun(text, from, c.Start, backwards: true) is { } run)
                return new Attribution(run, null, c.Text, c.Start);
        }
        return null;
    }

    private readonly record struct Cue(int Start, int End, string Text);

    private static Cue? FirstCue(string text, int from, int to)
    {
        foreach (var (start, end) in WordsIn(text, from, to))
            if (QuoteCues.Verbs.Contains(text[start..end]))
                return new Cue(start, end, text[start..end]);
        return null;
    }

    private static IEnumerable<Cue> Cues(string text, int from, int to) =>
        WordsIn(text, from, to).Where(w => QuoteCues.Verbs.Contains(text[w.Start..w.End])).Select(w => new Cue(w.Start, w.End, text[w.Start..w.End])).ToList();

    private static IEnumerable<(int Start, int End)> WordsIn(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(text[i]))
                i++;
            var start = i;
            while (i < to && char.IsLetter(text[i]))
                i++;
            if (i > start)
                yield return (start, i);
        }
    }

    /// <summary>"he said", "they added", "the group said": the pronoun or group noun right before the cue.</summary>
    private static string? PronounBefore(string text, int from, int cueStart)
    {
        var before = text[from..cueStart].TrimEnd().TrimStart(',', ' ', '\u201d', '"');
        var lastWord = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (QuoteCues.PersonPronouns.Contains(lastWord))
            return "person";
        foreach (var group in QuoteCues.GroupPronouns)
            if (before.EndsWith(group, StringComparison.OrdinalIgnoreCase) && (before.Length == group.Length || !char.IsLetter(before[^(group.Length + 1)])))
                return "group";
        return null;
    }

    /// <summary>"she said": the latest person who was the subject of a reporting verb before the pronoun, else the latest person named.</summary>
    private static string? PronounAfter(string text, int cueEnd, int to)
    {
        var after = text[cueEnd..to].TrimStart();
        foreach (var group in QuoteCues.GroupPronouns)
            if (group.Contains(' ') && after.StartsWith(group, StringComparison.OrdinalIgnoreCase)
                && (after.Length == group.Length || !char.IsLetter(after[group.Length])))
                return "group";
        return null;
    }

    /// <summary>
    /// "she said": the later of the latest speaking subject ("Calarco said") and the person who opens the latest
    /// sentence naming one ("In the fall, Roberts won't return to teaching. … she said" means Roberts).
    /// </summary>
    private static string? Resolve(string pronoun, NameIndex subjects, NameIndex names, Dictionary<(int, int), string> canonical, int before, IReadOnlyList<Sentence> sentences)
    {
        var type = pronoun == "person" ? "PER" : "ORG";
        var speaking = subjects.Before(before).FirstOrDefault(n => n.Type == type && n.End <= before);
        var opening = names.OpeningLatestSentence(sentences, type, before);
        var antecedent = speaking is null ? opening : opening is null || opening.Start <= speaking.Start ? speaking : opening;
        return antecedent is null ? null : canonical.GetValueOrDefault((antecedent.Start, antecedent.End)) ?? antecedent.Text;
    }

    /// <summary>
    /// Names that stand right before a reporting verb ("Gillibrand recently said"): the people a later "she"
    /// most likely means. A capitalized word opening a sentence before a verb counts too ("Canterbury wrote").
    /// </summary>
    private static NameIndex CueSubjects(string text, NameIndex names)
    {
        var subjects = new List<NamedSpan>();
        foreach (var (start, end) in WordsIn(text, 0, text.Length))
        {
            if (!QuoteCues.Verbs.Contains(text[start..end]))
                continue;
            var previous = start - 1;
            while (previous > 0 && text[previous] == ' ')
                previous--;
            var wordEnd = previous + 1;
            while (previous >= 0 && char.IsLetter(text[previous]))
                previous--;
            var wordStart = previous + 1;
            var sentenceStart = OpensSentence(text, wordStart);
            if (wordEnd > wordStart && char.IsUpper(text[wordStart]) && sentenceStart && !NotAName(text[wordStart..wordEnd])
                && !names.Before(wordEnd).TakeWhile(n => n.Start >= wordStart - NameIndex.MaxNameLength).Any(n => n.Start <= wordStart && wordEnd <= n.End))
                subjects.Add(new NamedSpan("PER", text[wordStart..wordEnd], wordStart, wordEnd));
        }
        foreach (var name in names.Within(0, text.Length))
        {
            var limit = Math.Min(text.Length, name.End + 40);
            foreach (var (start, end) in WordsIn(text, name.End, limit).Take(4))
            {
                if (QuoteCues.Verbs.Contains(text[start..end]))
                {
                    if (!HasClauseBreak(text, name.End, start))
                        subjects.Add(name);
                    break;
                }
            }
        }
        return new NameIndex(subjects);
    }

    /// <summary>Whether the word at <paramref name="wordStart"/> opens the text, a line or a sentence (a period before it).</summary>
    private static bool OpensSentence(string text, int wordStart)
    {
        if (wordStart == 0 || text[wordStart - 1] == '\n')
            return true;
        var i = wordStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]) && text[i] != '\n')
            i--;
        return i < 0 || text[i] is '.' or '\n';
    }

    /// <summary>Whether a name stands inside a quote's marks (spans are in text order and do not overlap).</summary>
    private static bool InsideQuote(IReadOnlyList<QuoteSpan> spans, NamedSpan name) =>
        SpanSearch.IndexAt(spans, name.Start, q => q.OpenMark + 1, q => q.CloseMark) is >= 0 and var i && name.End <= spans[i].CloseMark;

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && (text[end + 1] is 's' or 'S') && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>"Gwen Grant with Urban League", "Jane Doe, a spokeswoman for Walmart": the organization right after the speaker.</summary>
    private static string? Affiliation(string text, NameIndex names, Dictionary<(int, int), string> canonical, NamedSpan speaker, int searchEnd)
    {
        if (speaker.Type != "PER")
            return null;
        var limit = Math.Min(Math.Max(searchEnd, speaker.End), speaker.End + 60);
        var organization = names.Within(speaker.End + 1, limit).FirstOrDefault(n => n.Type == "ORG" && n.End <= limit);
        if (organization is null)
            return null;
        var between = text[speaker.End..organization.Start];
        var linked = between.Contains(" with ", StringComparison.Ordinal) || between.Contains(" of ", StringComparison.Ordinal)
                     || between.Contains(" for ", StringComparison.Ordinal) || between.Contains(" at ", StringComparison.Ordinal)
                     || between.Contains(" from ", StringComparison.Ordinal) || between.TrimStart().StartsWith(',');
        return linked ? canonical.GetValueOrDefault((organization.Start, organization.End)) ?? organization.Text : null;
    }

    /// <summary>A capitalized word run beside the cue, for speakers the tagger missed ("Choi said").</summary>
    private static NamedSpan? CapitalizedRun(string text, int from, int to, bool backwards)
    {
        var words = WordsIn(text, from, to).ToList();
        if (backwards)
            words.Reverse();
        var run = new List<(int Start, int End)>();
        foreach (var word in words)
        {
            if (!char.IsUpper(text[word.Start]) || NotAName(text[word.Start..word.End]))
                break;
            run.Add(word);
        }
        if (run.Count == 0 || run.Count > 4)
            return null;
        var start = run.Min(w => w.Start);
        var end = run.Max(w => w.End);
        return new NamedSpan("PER", text[start..end], start, end);
    }

    /// <summary>Capitalized words that are not names: days, months, and words that open sentences.</summary>
    private static bool NotAName(string word) =>
        Dates.TimexWords.Weekdays.ContainsKey(word) || Dates.TimexWords.Months.ContainsKey(word)
        || word is "The" or "A" or "An" or "In" or "On" or "At" or "But" or "And" or "This" or "That" or "It" or "He" or "She" or "They" or "We" or "I";

    private static int SentenceEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviationEnd(text, i))
                return i;
        return to;
    }

    private static bool IsAbbreviationEnd(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return dot - start is > 0 and <= 4 && char.IsUpper(text[start]); // "Rep.", "Sen.", "Gov."
    }

    private static bool HasClauseBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('.', ';', '"') >= 0;

    /// <summary>The start of the previous non-empty paragraph (blank lines between paragraphs are skipped).</summary>
    private static int PreviousParagraphStart(string text, int paragraphStart)
    {
        var i = paragraphStart - 1;
        while (i > 0 && char.IsWhiteSpace(text[i]))
            i--;
        return i <= 0 ? 0 : text.LastIndexOf('\n', i) + 1;
    }

    private static bool StartsParagraph(string text, QuoteSpan span, int paragraphStart) =>
        text.AsSpan(paragraphStart, span.OpenMark - paragraphStart).Trim().IsEmpty;

    private static int AfterLimit(string text, QuoteSpan span)
    {
        var from = span.CloseMark + 1;
        if (from >= text.Length)
            return text.Length;
        var paragraphEnd = text.IndexOf('\n', from);
        if (paragraphEnd < 0)
            paragraphEnd = text.Length;
        var nextQuote = text.IndexOfAny(['"', '“', '«'], from);
        var limit = nextQuote >= 0 ? Math.Min(nextQuote, paragraphEnd) : paragraphEnd;
        return Math.Min(limit, from + Window);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*[—–-]\s*(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\(@\w+\)")]
    private static partial System.Text.RegularExpressions.Regex EmbeddedPostSignature();

    private static int Words(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }
}
