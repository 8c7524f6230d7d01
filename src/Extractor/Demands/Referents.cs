using Extractor.Model;
using Extractor.Ner;
using Extractor.Officials;
using Extractor.Text;

namespace Extractor.Demands;

/// <summary>
/// Who a phrase of a demand refers to: names by their entity's fullest form ("CBC members" → Congressional Black
/// Caucus), pronouns and group nouns by the latest fitting actor or name ("they", "the group", "the retailer"),
/// offices by the official holding them ("the president" → Barack Obama), a counted group by the list of names
/// that counts it ("Three women" → "Jessica Leeds, Rachel Crooks and Samantha Holvey").
/// </summary>
public sealed class Referents
{
    private static readonly HashSet<string> MemberWords =
        ["the", "a", "an", "of", "its", "their", "members", "member", "head", "heads", "leader", "leaders", "leadership", "chapter", "local", "officials", "official",
         "representatives", "spokesperson", "spokesman", "spokeswoman", "president", "chair", "more", "than", "dozen", "dozens", "some", "several", "many", "most",
         "all", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "staff", "branch", "national", "state", "affiliates", "affiliate"];
    private static readonly Dictionary<string, int> Counts = new()
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };
    private static readonly HashSet<string> Definite = ["the", "this", "that", "these", "those", "its", "their", "our"];
    private static readonly HashSet<string> Openers = ["meanwhile", "however", "separately", "instead", "still", "also", "and", "but", "so", "then", "now", "later", "earlier", "of", "in", "on", "at", "for", "with", "from", "by"];
    private static readonly HashSet<string> TimeUnits = ["week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "summer", "spring", "autumn", "fall", "winter"];
    private static readonly HashSet<string> PossessivePronouns = ["his", "her", "their", "its"];
    private static readonly HashSet<string> PersonPronouns = ["he", "she", "him", "her", "his"];
    private static readonly HashSet<string> GroupPronouns = ["they", "them", "their", "it", "its"];

    private readonly Article _article;
    private readonly IReadOnlyList<Official> _officials;
    private readonly Dictionary<(int, int), string> _canonical;

    public Referents(Article article)
    {
        _article = article;
        _officials = article.Officials;
        _canonical = EntityNames.Of(article);
        Names = new NameIndex(article.Names);
    }

    /// <summary>All the article's names, for placing them on a sentence's words.</summary>
    public NameIndex Names { get; }

    public string Canonical(NamedSpan name) => _canonical.GetValueOrDefault((name.Start, name.End)) ?? name.Text;

    /// <summary>
    /// The actor a subject phrase names; <c>Named</c> is false for a described group ("Local groups"). Null when the
    /// subject can demand nothing: a thing ("the recipe calls for"), or the writer ("we asked him to") outside quotes.
    /// </summary>
    public (string? Actor, bool Named)? Actor(DemandSentence sentence, (int Start, int End) phrase, string? previousActor, int at)
    {
        var words = sentence.Words;
        var (start, end) = phrase;
        while (start < end - 1 && (words[start].Key is "and" or "but" or "or" || words[start].Surface == "," || (Openers.Contains(words[start].Key) && words[start + 1].Surface == ",")))
            start++; // "Meanwhile, California's regulators"
        if (start < end - 2 && words[start].Key is "last" or "this" or "next" or "earlier" && TimeUnits.Contains(words[start + 1].Key))
            start += 2; // "Last week the group called for …"
        for (var i = start + 1; i < end; i++)
            if (words[i].Key is "who" or "which" or "that")
                end = i; // "Three women who have accused …": the relative clause is not the actor
        if (end - start == 1 && DemandPatterns.IsSubjectPronoun(words[start].Key))
        {
            var key = DemandPatterns.Pronoun(words[start].Key);
            if (key is "he" or "she")
                return (LatestSubject("PER", at), true);
            if (key is "i" or "we" or "you")
                return null;
            return (previousActor ?? LatestSubject("ORG", at), true);
        }
        var parts = Parts(sentence, start, end);
        var resolved = parts.Select(p => PartName(sentence, p)).ToList();
        if (resolved.Any(r => r is not null))
        {
            // Beside named actors, a part counts only when it is people ("Republicans and … Hillary Clinton"), not "of this crisis".
            var kept = parts.Select((p, k) => resolved[k] ?? (DemandCues.IsAgent(LastNoun(words, p.Start, p.End)) && !Openers.Contains(words[p.Start].Key) ? Text(words, p.Start, p.End) : null));
            return (Join(kept.OfType<string>().ToList()), true);
        }

        var head = words[end - 1].Key;
        var definite = Definite.Contains(words[start].Key);
        if (DemandCues.Documents.Contains(head))
            return definite ? (previousActor, previousActor is not null) : (null, false); // "A petition …": of unknown origin
        if (definite && (DemandCues.Groups.Contains(head) || DemandCues.Groups.Contains(head.TrimEnd('s'))))
            return previousActor is not null ? (previousActor, true) : (LatestSubject("ORG", at) is { } group ? (group, true) : (Text(words, start, end), false));
        if (Counts.TryGetValue(words[start].Key, out var count) && CountedNames(sentence.Index, count) is { } counted)
            return (counted, true);
        if (OfficialBy(words, start, end, at) is { } official)
            return (official, true);
        return DemandCues.IsAgent(LastNoun(words, start, end)) ? (Text(words, start, end), false) : null;
    }

    /// <summary>Who must act: a name in the phrase, an office's holder, a pronoun's or company noun's latest fitting name.</summary>
    public string? Target(DemandSentence sentence, int start, int end, string? actor, Mention? actorPhrase, bool addresseeGiven, int at)
    {
        var words = sentence.Words;
        var inPhrase = sentence.Names.Where(n => n.First >= start && n.End <= end && !InActor(Canonical(n.Name), actor)).ToList();
        if (inPhrase.FirstOrDefault(n => n.Name.Type == "PER").Name is { } person)
            return Canonical(person);
        if (OfficialBy(words, start, end, at) is { } official && !InActor(official, actor))
            return official;
        if (inPhrase.FirstOrDefault(n => n.Name.Type == "ORG").Name is { } organization)
            return Canonical(organization);
        for (var i = start; i < end; i++)
        {
            var key = words[i].Key;
            if (addresseeGiven && PossessivePronouns.Contains(key))
                continue; // "their governments": the addressee is the noun, not whose it is
            if (PersonPronouns.Contains(key))
                return LatestName("PER", words[i].Start, actor, actorPhrase);
            if (GroupPronouns.Contains(key) || (DemandCues.Companies.Contains(key) && i > start && Definite.Contains(words[i - 1].Key)))
                return LatestName("ORG", words[i].Start, actor, actorPhrase);
        }
        if (addresseeGiven)
            return Text(words, start, end);
        return null;
    }

    /// <summary>A name of the sentence outside the demand and its actor: "Instacart" for the collective's "strike".</summary>
    public string? OtherName(DemandSentence sentence, int textStart, int textEnd, string? actor) =>
        sentence.Names.Where(n => (n.End <= textStart || n.First >= textEnd) && n.Name.Type is "ORG" or "PER" && !InActor(Canonical(n.Name), actor))
            .Select(n => Canonical(n.Name)).FirstOrDefault();

    /// <summary>Whether a name is the actor or one of the actors listed ("A, B and C").</summary>
    private static bool InActor(string name, string? actor) =>
        actor is not null && actor.Split([", ", " and "], StringSplitOptions.RemoveEmptyEntries).Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The parts of a coordination, split at commas and "and" outside names: "Republicans and even … Hillary Clinton".</summary>
    private static List<(int Start, int End)> Parts(DemandSentence sentence, int start, int end)
    {
        var parts = new List<(int, int)>();
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            var inName = sentence.Names.Any(n => n.First <= i && i < n.End);
            if (!inName && (sentence.Words[i].Surface is "," or "&" || sentence.Words[i].Key == "and"))
            {
                if (i > partStart)
                    parts.Add((partStart, i));
                partStart = i + 1;
            }
        }
        if (end > partStart)
            parts.Add((partStart, end));
        return parts;
    }

    /// <summary>A part's name: its person, or its organization when the other words only say "members/head of".</summary>
    private string? PartName(DemandSentence sentence, (int Start, int End) part)
    {
        var words = sentence.Words;
        var names = sentence.Names.Where(n => n.First >= part.Start && n.End <= part.End && !(n.End < words.Count && words[n.End].Key is "'s" or "'")).ToList();
        if (names.FirstOrDefault(n => n.Name.Type == "PER").Name is { } person)
            return Canonical(person);
        if (!names.Any(n => n.Name.Type == "ORG"))
            return null;
        var organization = names.First(n => n.Name.Type == "ORG");
        var all = sentence.Names.Where(n => n.First >= part.Start && n.End <= part.End).ToList();
        for (var i = part.Start; i < part.End; i++)
            if (!all.Any(n => n.First <= i && i < n.End) && !MemberWords.Contains(words[i].Key) && words[i].Kind == Model.TokenKind.Word)
                return null; // "a third group of doctors affiliated to the KMA" is described, not the KMA itself
        // A chapter named by its place: "ACLU of Ohio", "NAACP in Memphis".
        if (organization.End + 1 < part.End && words[organization.End].Key is "of" or "in"
            && all.FirstOrDefault(n => n.First == organization.End + 1 && n.Name.Type == "LOC").Name is { } place)
            return Text(words, organization.First, organization.End + 1) + " " + place.Text;
        return Canonical(organization.Name);
    }

    /// <summary>"the president", "the Kansas City police chief": the official whose title ends in the phrase's office word.</summary>
    private string? OfficialBy(IReadOnlyList<Word> words, int start, int end, int at)
    {
        for (var i = start; i < end; i++)
        {
            var key = words[i].Key;
            var holders = _officials.Where(o => o.Title is { } t && Word.KeyOf(t.Split(' ')[^1]) == key).ToList();
            if (holders.Count > 0 && (i + 1 >= end || !words[i + 1].IsLowerWord || words[i + 1].Key is "to" or "of"))
                return (holders.LastOrDefault(o => o.Start <= at) ?? holders[0]).Name;
        }
        return null;
    }

    /// <summary>"Three women": a list of exactly that many people named within two sentences.</summary>
    private string? CountedNames(int sentenceIndex, int count)
    {
        var sentences = _article.Sentences;
        for (var s = Math.Max(0, sentenceIndex - 2); s < Math.Min(sentences.Count, sentenceIndex + 3); s++)
        {
            var sentence = DemandSentence.Of(_article, Names, s);
            var people = sentence.Names.Where(n => n.Name.Type == "PER").ToList();
            for (var first = 0; first + count <= people.Count; first++)
            {
                var run = people.Skip(first).Take(count).ToList();
                var listed = Enumerable.Range(1, count - 1).All(k => OfficePatterns.ContinuesList(sentence.Words, run[k - 1].End, run[k].First));
                var longer = first + count < people.Count && OfficePatterns.ContinuesList(sentence.Words, run[^1].End, people[first + count].First);
                if (listed && !longer)
                    return Join(run.Select(n => Canonical(n.Name)).ToList());
            }
        }
        return null;
    }

    /// <summary>"she", "the group": the person or organization that opens the latest sentence before that names one (the subject, usually).</summary>
    private string? LatestSubject(string type, int at) =>
        Names.OpeningLatestSentence(_article.Sentences, type, at) is { } name ? Canonical(name) : null;

    /// <summary>The latest name of a type before a position, other than the actor and the words that named the actor.</summary>
    private string? LatestName(string type, int at, string? actor, Mention? actorPhrase = null)
    {
        foreach (var name in Names.Before(at))
        {
            var inPhrase = actorPhrase is { } p && name.Start >= p.Start && name.End <= p.End;
            if (name.Type == type && name.End <= at && !inPhrase && !InActor(Canonical(name), actor))
                return Canonical(name);
        }
        return null;
    }

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static Word LastNoun(IReadOnlyList<Word> words, int start, int end) =>
        words.Take(end).Skip(start).Where(w => w.Kind == Model.TokenKind.Word && w.Key is not ("'s" or "'")).LastOrDefault();

    public static string Text(IReadOnlyList<Word> words, int start, int end) => string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].Surface))
        .Replace(" 's", "'s").Replace(" ’s", "’s").Replace(" ,", ",").Replace(" n't", "n't").Trim(',', ' ');
}
