using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// The words that say who demands: the subject before the cue ("Local groups are asking for"), the head of a
/// relative clause (", who called for"), the object of a causative ("prompted some on Twitter to call for"), or
/// the clause's subject for infinitives and participles ("members of the caucus marched … to demand",
/// "A petition is circling … calling for").
/// </summary>
public static class ActorPhrase
{
    private static readonly HashSet<string> Relatives = ["who", "which", "that"];
    private static readonly HashSet<string> Skippable = ["to", "going", "gonna", "'re", "'s", "'m", "'ve", "'ll", "n't", "not", "never"];
    private static readonly HashSet<string> Subordinators = ["as", "while", "because", "although", "though", "since", "whereas", "if", "when", "but"];
    private static readonly HashSet<string> Openers =
        ["during", "in", "on", "at", "after", "before", "earlier", "later", "last", "also", "meanwhile", "however", "for", "with", "amid", "following", "since", "by", "according", "separately", "instead", "still"];
    private static readonly HashSet<string> NounPhraseStops =
        ["that", "which", "who", "whom", "as", "while", "when", "after", "because", "if", "but", "since", "though", "although", "is", "are", "was", "were",
         "has", "have", "had", "be", "been", "do", "does", "did", "not", "by", "during", "said", "says", "told", "also"];
    private static readonly HashSet<string> VerbLike =
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "do", "does", "did", "who", "which", "that"];

    public static (int Start, int End)? Find(IReadOnlyList<Word> words, DemandCandidate candidate)
    {
        var cue = candidate.CueWord;
        switch (candidate.Form)
        {
            case CueForm.Infinitive:
                var to = cue - 1;
                for (var k = to - 1; k >= 0 && k >= to - 8; k--)
                    if (DemandCues.Causatives.Contains(words[k].Key))
                        return k + 1 < to ? (k + 1, to) : null;
                return Forward(words, cue);
            case CueForm.Participle:
                // "the analysts said, calling for …": the subject of the verb the participle follows.
                if (cue >= 2 && words[cue - 1].Surface == "," && DemandCues.ReportVerbs.Contains(words[cue - 2].Key))
                    return Backward(words, cue - 2) ?? Forward(words, cue);
                return Forward(words, cue);
            default:
                return Backward(words, cue) ?? Forward(words, cue);
        }
    }

    private static (int, int)? Backward(IReadOnlyList<Word> words, int cue)
    {
        var i = cue - 1;
        while (i >= 0 && IsVerbGroup(words[i]))
            i--;
        if (i < 0)
            return null;
        i = SkipParenthesisBack(words, i); // "Rep. Ed Royce (R-Calif.) has called on"
        if (i < 0)
            return null;
        if (Relatives.Contains(words[i].Key) && i > 1 && words[i - 1].Surface == ",")
            return Before(words, i - 2); // "the state's attorney general, who called for"
        if (words[i].Key == "and")
            return Forward(words, cue); // "denounced the candidate and called on him"
        if (words[i].Surface == ",")
        {
            // "Trump, a Republican, called …": the name before the apposition.
            for (var j = i - 1; j > 0 && j >= i - 12; j--)
                if (words[j].Surface == ",")
                    return Before(words, SkipParenthesisBack(words, j - 1));
            return null;
        }
        if (DemandPatterns.IsSubjectPronoun(words[i].Key))
            return (i, i + 1);
        return words[i].Kind is Model.TokenKind.Word or Model.TokenKind.Handle or Model.TokenKind.Number ? Before(words, i) : null;
    }

    private static int SkipParenthesisBack(IReadOnlyList<Word> words, int i)
    {
        if (i < 0 || words[i].Surface != ")")
            return i;
        var open = i;
        while (open >= 0 && words[open].Surface != "(")
            open--;
        return open < 0 ? i : open - 1;
    }

    /// <summary>The noun phrase that ends at words[last]: back over names, "of", lists of names ("A, B and C").</summary>
    private static (int, int)? Before(IReadOnlyList<Word> words, int last)
    {
        if (last < 0)
            return null;
        var start = last;
        while (start > 0)
        {
            var previous = words[start - 1];
            if (NounPhraseStops.Contains(previous.Key))
                break;
            if (previous.Key == "to" && words[start].IsLowerWord && !words[start].Key.Equals("the", StringComparison.Ordinal))
                break; // an infinitive, not "affiliated to the KMA"
            if (previous.Surface == ",")
            {
                var listed = words[start].IsCapitalized && start >= 2 && (words[start - 2].IsCapitalized || (start >= 3 && words[start - 3].IsCapitalized));
                if (!listed)
                    break;
            }
            else if (previous.Kind == Model.TokenKind.Punctuation && previous.Surface is not ("'s" or "[" or "]" or "'" or "\u2019"))
            {
                break;
            }
            start--;
        }
        // "Three women who have accused … called for": the phrase ends a relative clause; the actor is what it describes.
        var relative = start - 1;
        while (relative >= 0 && words[relative].Key is "have" or "has" or "had" or "is" or "are" or "was" or "were" or "also")
            relative--;
        if (relative >= 1 && relative < start && Relatives.Contains(words[relative].Key) && words[relative - 1].Kind != Model.TokenKind.Punctuation)
            return Before(words, relative - 1);
        return (start, last + 1);
    }

    /// <summary>The subject at the start of the cue's clause: after an opening phrase ("In a statement,") up to the first verb.</summary>
    private static (int, int)? Forward(IReadOnlyList<Word> words, int cue)
    {
        var start = 0;
        for (var k = 0; k < cue; k++)
        {
            if (words[k].Surface is ";" or ":" or "—" or "–")
                start = k + 1;
            else if (Subordinators.Contains(words[k].Key) && k + 1 < cue)
                start = k + 1;
        }
        if (start < cue && Openers.Contains(words[start].Key))
        {
            for (var k = start; k < cue; k++)
            {
                if (words[k].Surface == ",")
                {
                    start = k + 1;
                    break;
                }
            }
        }
        while (start < cue && words[start].Key is "also" or "and" or "but" or "so" or "then")
            start++;
        var end = start;
        while (end < cue && !IsVerb(words[end], end > start))
            end++;
        return end > start ? (start, end) : null;
    }

    private static bool IsVerb(Word word, bool afterSubjectStart) =>
        VerbLike.Contains(word.Key) || DemandCues.ReportVerbs.Contains(word.Key)
        || (afterSubjectStart && word.IsLowerWord && word.Key.Length > 4 && (word.Key.EndsWith("ed", StringComparison.Ordinal) || word.Key.EndsWith("ing", StringComparison.Ordinal)))
        || word.Surface is "," && false;

    private static bool IsVerbGroup(Word word) =>
        DemandCues.VerbGroup.Contains(word.Key) || DemandCues.Pledges.Contains(word.Key) || Skippable.Contains(word.Key)
        || (word.IsLowerWord && word.Key.Length > 4 && word.Key.EndsWith("ly", StringComparison.Ordinal));
}
