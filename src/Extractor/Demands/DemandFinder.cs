using Extractor.Model;
using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// Explicit calls for action, one entry per actor and demand. Patterns find the cue and what is demanded; the
/// actor is the cue's subject (or the speaker, inside a quote), resolved through pronouns, group nouns and
/// documents ("the letter") to names; the target is the addressee or who the demanded thing is about. Negated
/// calls, pledges and predictions without an addressee ("we will push for …"), and reporters' requests ("asked
/// for comment") are left out; a described group's demand that a named actor also makes is folded into it.
/// </summary>
public static class DemandFinder
{
    private const int NegationWindow = 4;
    private const int PledgeWindow = 6;

    private sealed record Found(Demand Demand, bool Named);

    public static List<Demand> Find(Article article, CancellationToken ct = default)
    {
        var referents = new Referents(article);
        var found = new List<Found>();
        string? previousActor = null;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            ct.ThrowIfCancellationRequested();
            var sentence = DemandSentence.Of(article, referents.Names, s);
            var words = sentence.Words;
            var demandedUpTo = -1;
            foreach (var candidate in DemandPatterns.Find(words))
            {
                // "urged the president to more forcefully pressure China to …": a cue inside what is demanded is part of it.
                if (candidate.CueWord < demandedUpTo)
                    continue;
                if (Within(words, candidate.CueWord, NegationWindow, DemandCues.Negations)
                    || (!candidate.NamesAddressee && Within(words, candidate.CueWord, PledgeWindow, DemandCues.Pledges))
                    || AsksForNoAction(words, candidate)
                    || IsGerund(words, candidate))
                    continue;
                var at = words[candidate.CueWord].Start;
                if (ActorOf(article, referents, sentence, candidate, previousActor, at) is not { } actorOf)
                    continue;
                var (actor, named, actorPhrase) = actorOf;
                var (targetStart, targetEnd) = candidate.NamesAddressee ? (candidate.AddresseeStart!.Value, candidate.AddresseeEnd!.Value) : (candidate.TextStart, candidate.TextEnd);
                var target = referents.Target(sentence, targetStart, targetEnd, actor, actorPhrase, candidate.NamesAddressee, at)
                             ?? referents.OtherName(sentence, candidate.TextStart, candidate.TextEnd, actor);
                if (candidate.TextEnd - candidate.TextStart < 2 || (candidate.NamesAddressee && candidate.TextEnd - candidate.ActionStart < 2 && DemandActions.Of(words, candidate.ActionStart, candidate.TextEnd) is null))
                    continue; // "calling for more", "want them to be": no action stated
                var action = ActionOf(words, candidate);
                var (start, end) = TextSpan(article.AnalysisText, words[candidate.TextStart].Start, words[candidate.TextEnd - 1].End);
                if (end <= start)
                    continue;
                demandedUpTo = Math.Max(demandedUpTo, candidate.TextEnd);
                found.Add(new Found(new Demand(article.AnalysisText[start..end], actor, target, action, candidate.Cue, start, end), named));
                if (actor is not null)
                    previousActor = actor;
            }
        }
        return Merge(found);
    }

    /// <summary>
    /// The normalized action: after "to" or a modal, the verb (its listed action, else the verb itself: "extradite");
    /// for a demanded thing, the first listed word near its start ("a congressional investigation into …").
    /// </summary>
    private static string? ActionOf(List<Word> words, DemandCandidate candidate)
    {
        if (!candidate.NamesAddressee || candidate.AddresseeIsObject)
            return DemandActions.Of(words, candidate.TextStart, Math.Min(candidate.TextEnd, candidate.TextStart + 8));
        var content = Enumerable.Range(candidate.ActionStart, candidate.TextEnd - candidate.ActionStart)
            .Where(i => words[i].Kind == TokenKind.Word && !(words[i].Key.EndsWith("ly", StringComparison.Ordinal) && words[i].Key.Length > 4) && words[i].Key is not ("not" or "more" or "than"))
            .Take(3).ToList();
        if (content.Count == 0)
            return null;
        return DemandActions.Of(words, content[0], content[^1] + 1) ?? (words[content[0]].IsLowerWord ? words[content[0]].Key : null);
    }

    /// <summary>The actor, or null when the demand is to be dropped (a third person inside a quote, whom the speaker talks about).</summary>
    private static (string? Actor, bool Named, Mention? Phrase)? ActorOf(Article article, Referents referents, DemandSentence sentence, DemandCandidate candidate, string? previousActor, int at)
    {
        var words = sentence.Words;
        var phrase = ActorPhrase.Find(words, candidate);
        var quote = QuoteAt(article.Quotes, at);
        if (quote is not null)
        {
            if (phrase is { } p && p.End - p.Start == 1 && DemandPatterns.IsSubjectPronoun(words[p.Start].Key) && DemandPatterns.Pronoun(words[p.Start].Key) is not ("we" or "i"))
                return null;
            if (phrase is null || DemandPatterns.Pronoun(words[phrase.Value.Start].Key) is "we" or "i" || !sentence.Names.Any(n => n.First >= phrase.Value.Start && n.End <= phrase.Value.End))
                return (quote.Speaker, quote.Speaker is not null, null);
        }
        if (phrase is not { } found)
            return (null, false, null);
        if (referents.Actor(sentence, found, previousActor, at) is not var (actor, named))
            return null;
        return (actor, named, new Mention(words[found.Start].Start, words[found.End - 1].End));
    }

    /// <summary>The quote whose words hold a position (quotes are in text order and do not overlap).</summary>
    private static Quote? QuoteAt(List<Quote> quotes, int at) =>
        SpanSearch.IndexAt(quotes, at, q => q.Start, q => q.End) is >= 0 and var i ? quotes[i] : null;

    /// <summary>Whether one of the words comes within <paramref name="window"/> words before the cue, in the same clause.</summary>
    private static bool Within(List<Word> words, int cue, int window, HashSet<string> set)
    {
        for (var i = cue - 1; i >= 0 && i >= cue - window; i--)
        {
            if (words[i].Surface is "," or ";" or ":" || Clause.IsQuoteMark(words[i]))
                return false;
            if (set.Contains(words[i].Key))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Prepositions = ["for", "of", "by", "about", "in", "on", "with", "without", "from", "after", "before", "at", "into", "toward", "towards"];

    /// <summary>
    /// "the potential … for changing the tenor and pushing for compromise": a cue used as a noun after a
    /// preposition (also as the second of a pair) names an activity, not someone's demand.
    /// </summary>
    private static bool IsGerund(List<Word> words, DemandCandidate candidate)
    {
        var cue = candidate.CueWord;
        if (candidate.Form != CueForm.Participle || cue == 0)
            return false;
        var before = cue - 1;
        if (words[before].Key is "and" or "or")
        {
            var first = before - 1;
            while (first >= 0 && first >= before - 10 && !(words[first].IsLowerWord && words[first].Key.EndsWith("ing", StringComparison.Ordinal)))
                first--;
            if (first < 0 || first < before - 10)
                return false;
            before = first - 1;
        }
        return before >= 0 && Prepositions.Contains(words[before].Key);
    }

    /// <summary>"asked for comment", "want people to know": requests that call for no action.</summary>
    private static bool AsksForNoAction(List<Word> words, DemandCandidate candidate)
    {
        for (var i = candidate.ActionStart; i < Math.Min(candidate.TextEnd, candidate.ActionStart + 3); i++)
            if (DemandCues.NotDemands.Contains(words[i].Key))
                return true;
        return false;
    }

    private static (int, int) TextSpan(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || TextFold.PlainMark(text[start]) is '"' or '\''))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || TextFold.PlainMark(text[end - 1]) is '"' or '\'' || text[end - 1] == ','))
            end--;
        return (start, end);
    }

    /// <summary>One entry per actor and demand: the same target and action again by the same actor, or by a described group when a named actor makes it, is one demand.</summary>
    private static List<Demand> Merge(List<Found> found)
    {
        var kept = new List<Found>();
        var byTargetAndAction = new Dictionary<(string, string), List<int>>();
        foreach (var next in found)
        {
            if (next.Demand is not { Target: { } target, Action: { } action })
            {
                kept.Add(next);
                continue;
            }
            var key = (target.ToLowerInvariant(), action);
            var candidates = byTargetAndAction.TryGetValue(key, out var list) ? list : byTargetAndAction[key] = [];
            var same = candidates.FirstOrDefault(k => SameDemand(kept[k], next), -1);
            if (same < 0)
            {
                candidates.Add(kept.Count);
                kept.Add(next);
            }
            else if (!kept[same].Named && next.Named)
            {
                kept[same] = next;
            }
        }
        return kept.Select(k => k.Demand).ToList();
    }

    private static bool SameDemand(Found a, Found b)
    {
        if (a.Demand.Target is null || a.Demand.Action is null
            || !string.Equals(a.Demand.Target, b.Demand.Target, StringComparison.OrdinalIgnoreCase) || a.Demand.Action != b.Demand.Action)
            return false;
        if (string.Equals(a.Demand.Actor, b.Demand.Actor, StringComparison.OrdinalIgnoreCase))
            return true;
        // A described group ("Local groups") and a named actor making the same demand: the named actor's.
        return a.Demand.Actor is not null && b.Demand.Actor is not null && a.Named != b.Named;
    }
}
