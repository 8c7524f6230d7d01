using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// The patterns of an explicit call for action, on the words of one sentence: "call on X to V", "call/ask/push
/// for X (to V)", "urge/ask/want X to V", "demand/request that X …", "demanded X", "said (that) X should V",
/// "(it's) time for X to V". Each match gives the cue, the demanded text and the addressee when named.
/// </summary>
public static class DemandPatterns
{
    private static readonly HashSet<string> ObjectStarts = ["him", "her", "them", "us", "me", "it", "you", "the", "a", "an", "his", "their", "its", "our", "all", "every", "state", "federal", "local", "city", "police"];
    private static readonly HashSet<string> TimeWords = ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "again", "also", "publicly", "repeatedly", "last", "this", "week", "month", "instead", "once", "now"];
    private static readonly HashSet<string> NotAnObject =
        ["that", "for", "to", "of", "in", "on", "at", "by", "from", "with", "as", "during", "about", "into", "over", "under", "after", "before",
         "how", "what", "why", "whether", "if", "when", "where", "who", "which", "more", "and", "or", "but", "it", "this"];
    private static readonly HashSet<string> SubjectPronouns = ["he", "she", "they", "it", "we", "i", "you"];

    public static IEnumerable<DemandCandidate> Find(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count - 2; i++)
        {
            var key = words[i].Key;
            if (words[i].Kind != Model.TokenKind.Word)
                continue;
            var match = (DemandCues.OnVerbs.Contains(key) ? CallOn(words, i) : null)
                        ?? (DemandCues.ForVerbs.Contains(key) ? CallFor(words, i) : null)
                        ?? (DemandCues.ObjectVerbs.Contains(key) ? ObjectTo(words, i) : null)
                        ?? (DemandCues.ThatVerbs.Contains(key) ? ThatClause(words, i) : null)
                        ?? (DemandCues.NounPhraseVerbs.Contains(key) ? DirectObject(words, i) : null)
                        ?? (DemandCues.Modals.Contains(key) ? Should(words, i) : null)
                        ?? (DemandCues.TimePhrase.Contains(key) ? TimeFor(words, i) : null);
            if (match is not null)
                yield return match;
        }
    }

    /// <summary>"called on Obama to put …"; not "called on Monday for" (a time after "on").</summary>
    private static DemandCandidate? CallOn(IReadOnlyList<Word> words, int cue)
    {
        if (words[cue + 1].Key != "on" || TimeWords.Contains(words[cue + 2].Key))
            return null;
        return AddresseeTo(words, cue, cue + 2, Form(words, cue));
    }

    /// <summary>"calling for X", "called on Monday for X", "calling for Chief Smith to resign", "asked the government for X".</summary>
    private static DemandCandidate? CallFor(IReadOnlyList<Word> words, int cue)
    {
        var at = cue + 1;
        while (at < words.Count && at <= cue + 3 && TimeWords.Contains(words[at].Key))
            at++;
        if (at < words.Count - 1 && words[at].Key != "for" && words[cue].Key is not ("call" or "calls" or "called" or "calling"))
        {
            // "asked the Russian government for an explanation": an addressee between the verb and "for".
            var addressee = at;
            var forAt = IndexOfWord(words, addressee, Math.Min(words.Count - 1, addressee + 6), "for");
            if (forAt > addressee && (ObjectStarts.Contains(words[addressee].Key) || words[addressee].IsCapitalized))
            {
                var textEnd = Clause.End(words, forAt + 1);
                return textEnd > forAt + 1
                    ? new DemandCandidate(Cue(words, cue, cue) + " … for", cue, Form(words, cue), forAt + 1, textEnd, forAt + 1, addressee, forAt) { AddresseeIsObject = true }
                    : null;
            }
        }
        if (at >= words.Count - 1 || words[at].Key != "for")
            return null;
        var start = at + 1;
        var end = Clause.End(words, start);
        if (end <= start)
            return null;
        var to = IndexOfTo(words, start, Math.Min(end, start + 10));
        if (to > start && to + 1 < end && IsVerbStart(words[to + 1]))
            return new DemandCandidate(Cue(words, cue, at), cue, Form(words, cue), start, end, to + 1, start, to);
        return new DemandCandidate(Cue(words, cue, at), cue, Form(words, cue), start, end, start);
    }

    /// <summary>"urged the president to more forcefully pressure China", "want the attorney general to utilize her powers".</summary>
    private static DemandCandidate? ObjectTo(IReadOnlyList<Word> words, int cue)
    {
        var first = words[cue + 1];
        if (!(ObjectStarts.Contains(first.Key) || first.IsCapitalized || first.Surface == "["))
            return null;
        return AddresseeTo(words, cue, cue + 1, Form(words, cue));
    }

    /// <summary>"demanded that the city …", "requesting that the company to take down …".</summary>
    private static DemandCandidate? ThatClause(IReadOnlyList<Word> words, int cue)
    {
        if (words[cue + 1].Key != "that")
            return null;
        var start = cue + 2;
        var end = Clause.End(words, start);
        if (end <= start + 1)
            return null;
        var addresseeEnd = Clause.NounPhraseEnd(words, start, end);
        var action = addresseeEnd < end && words[addresseeEnd].Key is "to" or "should" or "must" or "be" ? addresseeEnd + 1 : addresseeEnd;
        return addresseeEnd > start
            ? new DemandCandidate(Cue(words, cue, cue + 1), cue, Form(words, cue), start, end, action, start, addresseeEnd)
            : new DemandCandidate(Cue(words, cue, cue + 1), cue, Form(words, cue), start, end, start);
    }

    /// <summary>"demanded Choi's resignation": only the verb (after a subject, "to" or a modal), not the noun ("its demands").</summary>
    private static DemandCandidate? DirectObject(IReadOnlyList<Word> words, int cue)
    {
        var key = words[cue].Key;
        var previous = cue > 0 ? words[cue - 1] : default;
        var verbal = key.EndsWith("ed", StringComparison.Ordinal)
            ? previous.Key is not ("a" or "an" or "the" or "as" or "most" or "more")
            : previous.Key is "to" or "they" or "we" or "who" or "also" or "will" or "would" or "must" or "should" or "i" || (key.EndsWith("ing", StringComparison.Ordinal) && previous.Key is not ("a" or "the" or "very" or "most" or "more" or "is" or "was"));
        var next = words[cue + 1];
        if (!verbal || NotAnObject.Contains(next.Key) || next.Kind == Model.TokenKind.Punctuation)
            return null; // "requested in its budget", "demanded how …": no demanded thing follows
        var start = cue + 1;
        var end = Clause.End(words, start);
        return end > start ? new DemandCandidate(words[cue].Surface, cue, Form(words, cue), start, end, start) : null;
    }

    /// <summary>"(said/told CNN) that Trump should resign", "the firm should provide …"; not "should have stepped down" (hindsight).</summary>
    private static DemandCandidate? Should(IReadOnlyList<Word> words, int modal)
    {
        var action = words[modal].Key == "ought" ? modal + 2 : modal + 1;
        if (action >= words.Count || (words[modal].Key == "ought" && words[modal + 1].Key != "to"))
            return null;
        var perfect = words[action].Key == "not" && action + 1 < words.Count ? action + 1 : action;
        if (words[perfect].Key == "have" && perfect + 1 < words.Count && Clause.IsPastParticiple(words[perfect + 1].Key))
            return null; // "should (not) have stepped down": hindsight
        var addresseeStart = Clause.SubjectBefore(words, modal);
        if (addresseeStart is not { } start || start == modal)
            return null;
        // Advice to the reader or about things ("you should expect", "that should be released") is no demand.
        var opener = words[start];
        if (!(opener.IsCapitalized && !IsSubjectPronoun(opener.Key)) && Pronoun(opener.Key) is not ("he" or "she" or "they") && opener.Key != "the")
            return null;
        var verb = words[action].Key == "not" && action + 1 < words.Count ? action + 1 : action;
        if (words[verb].Key == "be" && verb + 1 < words.Count && !Clause.IsPastParticiple(words[verb + 1].Key))
            return null; // "should be available": a state, not an action
        // A reporting verb before the subject, in the same sentence: reported speech, not the writer's opinion.
        var report = -1;
        for (var r = start - 1; r >= 0 && r >= start - 25; r--)
        {
            if (DemandCues.ReportVerbs.Contains(words[r].Key))
            {
                report = r;
                break;
            }
        }
        if (report < 0)
            return null;
        var end = Clause.End(words, action);
        return end > action ? new DemandCandidate(Cue(words, report, report) + " … " + words[modal].Surface, report, CueForm.Reported, start, end, action, start, modal) : null;
    }

    /// <summary>"said it's also time for Congress to act".</summary>
    private static DemandCandidate? TimeFor(IReadOnlyList<Word> words, int time)
    {
        if (words[time + 1].Key != "for")
            return null;
        var report = -1;
        for (var r = time - 1; r >= 0 && r >= time - 8; r--)
            if (DemandCues.ReportVerbs.Contains(words[r].Key))
                report = r;
        if (report < 0)
            return null;
        var match = AddresseeTo(words, time, time + 2, CueForm.Reported);
        return match is null ? null : match with { Cue = "time for", CueWord = report };
    }

    /// <summary>An addressee from <paramref name="start"/> up to "to", then the action: "X to V …".</summary>
    private static DemandCandidate? AddresseeTo(IReadOnlyList<Word> words, int cue, int start, CueForm form)
    {
        var to = IndexOfTo(words, start, Math.Min(words.Count, start + 12));
        if (to <= start || to + 1 >= words.Count || !(IsVerbStart(words[to + 1]) || words[to + 1].Surface is "\u201c" or "\""))
            return null;
        var end = Clause.End(words, to + 1);
        if (end <= to + 1)
            return null;
        var addresseeEnd = words[to - 1].Key == "not" && to - 1 > start ? to - 1 : to; // "urged the public not to tolerate"
        return new DemandCandidate(Cue(words, cue, start - 1), cue, form, start, end, to + 1, start, addresseeEnd);
    }

    private static readonly HashSet<string> NotVerbs = ["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "all", "some", "be"];

    /// <summary>A word that can open the action after "to": a lower-case word that is no determiner ("an end to the bullying" is no action).</summary>
    private static bool IsVerbStart(Word word) => word.IsLowerWord && !NotVerbs.Contains(word.Key) || word.Key == "be";

    /// <summary>The first occurrence of a word before any punctuation, or -1.</summary>
    private static int IndexOfWord(IReadOnlyList<Word> words, int from, int limit, string key)
    {
        for (var i = from; i < limit; i++)
        {
            if (words[i].Key == key)
                return i;
            if (words[i].Kind == Model.TokenKind.Punctuation && words[i].Surface != "'s")
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// The first "to" after an addressee; none when what comes first is no noun phrase: punctuation (other than
    /// brackets, parentheses and 's), a clause word ("legislation so we're going to"), or more than three common words.
    /// </summary>
    private static int IndexOfTo(IReadOnlyList<Word> words, int from, int limit)
    {
        var commonWords = 0;
        for (var i = from; i < limit; i++)
        {
            if (words[i].Key == "to")
                return i;
            if (IsSubjectPronoun(words[i].Key) || words[i].Key is "so" or "that" or "which" or "who" or "if" or "because")
                return -1;
            if (words[i].IsLowerWord && words[i].Key != "not" && !ObjectStarts.Contains(words[i].Key) && !Officials.OfficialTitles.IsQualifier(words[i]) && ++commonWords > 3)
                return -1;
            if (words[i].Kind == Model.TokenKind.Punctuation && words[i].Surface is not ("[" or "]" or "(" or ")" or "-" or "," or "." or "'s"))
                return -1;
            if (words[i].Surface == "," && !(i + 1 < limit && words[i + 1].IsCapitalized))
                return -1; // "Kansas City, Missouri Police Chief" continues; ", who" does not
        }
        return -1;
    }

    private static CueForm Form(IReadOnlyList<Word> words, int cue)
    {
        if (cue > 0 && words[cue - 1].Key == "to")
            return CueForm.Infinitive;
        if (words[cue].Key.EndsWith("ing", StringComparison.Ordinal))
        {
            for (var i = cue - 1; i >= 0 && i >= cue - 3; i--)
                if (words[i].Key is "is" or "are" or "was" or "were" or "be" or "been" or "am" or "'re" or "'s" or "'m")
                    return CueForm.Finite;
            return CueForm.Participle;
        }
        return CueForm.Finite;
    }

    private static string Cue(IReadOnlyList<Word> words, int cue, int last) =>
        string.Join(' ', Enumerable.Range(cue, Math.Max(1, last - cue + 1)).Select(i => words[i].Surface)).ToLowerInvariant();

    /// <summary>"we", also written with a contraction ("we've", "they're").</summary>
    internal static bool IsSubjectPronoun(string key) => SubjectPronouns.Contains(Pronoun(key));

    internal static string Pronoun(string key) => key.IndexOf('\'') is > 0 and var apostrophe ? key[..apostrophe] : key;
}
