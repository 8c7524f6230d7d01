using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// Where a demanded clause ends and where the noun phrases around a cue are, from punctuation and function words
/// (the project has no part-of-speech tagger; these are the few cuts the demand patterns need).
/// </summary>
public static class Clause
{
    private const int MaxWords = 40;
    private static readonly HashSet<string> Stops =
        ["because", "amid", "after", "since", "despite", "while", "although", "though", "but", "saying", "according", "following",
         "whereas", "unless", "before", "when", "which", "who", "whom", "whose", "if", "that", "even", "so"];
    private static readonly HashSet<string> StopsAfterComma =
        ["which", "who", "whose", "where", "when", "saying", "according", "as", "but", "while", "after", "although", "though", "adding", "a", "an", "the", "said", "says", "he", "she", "they", "it", "including"];
    private static readonly HashSet<string> Breaks = [";", ":", "—", "–", "(", "?", "!", "|"];
    private static readonly HashSet<string> QuoteMarks = ["\u201c", "\u201d", "\"", "\u2018", "\u2019", "'"];
    private static readonly HashSet<string> Participles =
        ["done", "gone", "been", "made", "said", "told", "had", "left", "lost", "paid", "kept", "held", "brought", "thought", "taught", "sought",
         "caught", "built", "sent", "spent", "won", "run", "come", "become", "put", "set", "let", "cut", "quit", "stepped", "resigned"];
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"];
    private static readonly HashSet<string> NounPhraseEnds = ["to", "should", "must", "be", "will", "would", "can", "could", "immediately", "not", "is", "are", "was", "were"];

    /// <summary>The end (exclusive) of the clause that starts at <paramref name="start"/>, trailing punctuation and quote marks left out.</summary>
    public static int End(IReadOnlyList<Word> words, int start)
    {
        var i = start;
        var limit = Math.Min(words.Count, start + MaxWords);
        for (; i < limit; i++)
        {
            var w = words[i];
            if (Breaks.Contains(w.Surface) || (w.Surface == "." && i == words.Count - 1))
                break;
            if (i > start && Stops.Contains(w.Key))
                break;
            if (w.Surface == "," && i + 1 < words.Count && (StopsAfterComma.Contains(words[i + 1].Key) || QuoteMarks.Contains(words[i + 1].Surface) || AttributionFollows(words, i + 1)))
                break;
            if (QuoteMarks.Contains(w.Surface) && i > start && i + 1 < words.Count && words[i + 1].Surface == ",")
                break; // the end of a quoted segment: '… accountable,” said Crooks'
            if (w.Key == "and" && i + 1 < words.Count && (DemandCues.ReportVerbs.Contains(words[i + 1].Key) || DemandPatterns.IsSubjectPronoun(words[i + 1].Key)))
                break; // "… and said", "… and they"
        }
        while (i > start && (words[i - 1].Kind == Model.TokenKind.Punctuation || QuoteMarks.Contains(words[i - 1].Surface)))
            i--;
        return i;
    }

    /// <summary>", Davis said.": a short attribution closing the sentence after the demanded clause.</summary>
    private static bool AttributionFollows(IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < words.Count && i < from + 5; i++)
        {
            if (DemandCues.ReportVerbs.Contains(words[i].Key))
                return i + 1 >= words.Count || words[i + 1].Kind == Model.TokenKind.Punctuation;
            if (words[i].Kind == Model.TokenKind.Punctuation)
                return false;
        }
        return false;
    }

    /// <summary>The end of the noun phrase that opens a that-clause: "the company" in "that the company to take down …".</summary>
    public static int NounPhraseEnd(IReadOnlyList<Word> words, int start, int end)
    {
        var i = start;
        if (i < end && DemandPatterns.IsSubjectPronoun(words[i].Key))
            return i + 1;
        if (i < end && Determiners.Contains(words[i].Key))
            i++;
        var lowerWords = 0;
        while (i < end && !NounPhraseEnds.Contains(words[i].Key) && words[i].Kind is Model.TokenKind.Word or Model.TokenKind.Handle)
        {
            if (words[i].IsLowerWord && ++lowerWords > 2)
                break;
            i++;
        }
        return i;
    }

    /// <summary>The start of the subject right before a modal: "Trump" in "that Trump should", "the firm" in "the firm should".</summary>
    public static int? SubjectBefore(IReadOnlyList<Word> words, int modal)
    {
        var i = modal - 1;
        while (i >= 0 && QuoteMarks.Contains(words[i].Surface))
            i--;
        if (i < 0)
            return null;
        if (DemandPatterns.IsSubjectPronoun(words[i].Key))
            return i;
        if (words[i].IsCapitalized)
        {
            while (i > 0 && (words[i - 1].IsCapitalized || words[i - 1].Key == "'s"))
                i--;
            return i;
        }
        if (!words[i].IsLowerWord)
            return null;
        for (var j = i; j >= 0 && j >= i - 3; j--)
            if (Determiners.Contains(words[j].Key) && words[j].Key is not ("that" or "this"))
                return j;
        return null;
    }

    public static bool IsPastParticiple(string key) =>
        Participles.Contains(key) || (key.Length > 4 && (key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("en", StringComparison.Ordinal)));

    public static bool IsQuoteMark(Word word) => QuoteMarks.Contains(word.Surface);
}
