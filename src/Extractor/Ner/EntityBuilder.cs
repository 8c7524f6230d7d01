using Extractor.Model;

namespace Extractor.Ner;

/// <summary>
/// Turns tagged names into the article's people and organizations, one entry per real-world entity:
/// "Rick Smith", "Smith" and "Chief Smith" are one person; "Kansas City Police Department (KCPD)", "KCPD" and a
/// handle such as "@kcpolice" one organization, named by its fullest form with the others as aliases.
/// </summary>
public static class EntityBuilder
{
    private sealed class Group(string type)
    {
        public string Type { get; } = type;
        public List<NamedSpan> Mentions { get; } = [];
        public List<string> Forms { get; } = [];

        public string Name => Forms.OrderByDescending(f => f.Count(c => c == ' ')).ThenByDescending(f => f.Length).First();

        public void Add(NamedSpan span)
        {
            Mentions.Add(span);
            if (!Forms.Contains(span.Text, StringComparer.OrdinalIgnoreCase))
                Forms.Add(span.Text);
        }
    }

    public static (List<Person> People, List<Organization> Organizations) Build(IReadOnlyList<NamedSpan> spans, string text, NameTypes? types = null)
    {
        types ??= NameTypes.Empty;
        var people = new List<Group>();
        var personOf = new Dictionary<string, Group>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in spans.Where(s => s.Type == "PER").OrderByDescending(s => Words(s.Text).Length).ThenBy(s => s.Start))
        {
            var group = GroupOf(span.Text, personOf, people, g => SamePerson(g, span.Text), "PER");
            group.Add(span);
        }

        // News introduces people by their full name. A "person" only ever named by one word (Walmart, Amazon,
        // Breitbart) is far more often a company or a brand the tagger took for a surname.
        // Unless the word is mostly a person's name in the training data ("Dennis", "Mike").
        var oneWord = people.Where(g => g.Forms.All(f => Words(f).Length == 1) && !types.IsMostlyPersonWord(g.Forms[0])).ToList();
        people.RemoveAll(oneWord.Contains);
        // A one-word "person" that the lexicons list as a town ("Charlotte") is a place, neither person nor organization.
        var orgSpans = spans.Where(s => s.Type == "ORG")
            .Concat(oneWord.Where(g => !types.Places.Has("LOC", g.Forms[0])).SelectMany(g => g.Mentions).Select(m => m with { Type = "ORG" }));

        var organizations = new List<Group>();
        var organizationOf = new Dictionary<string, Group>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in orgSpans.OrderByDescending(s => s.Text.Length).ThenBy(s => s.Start))
        {
            var group = GroupOf(span.Text, organizationOf, organizations, g => g.Forms.Any(f => SameOrganization(f, span.Text)), "ORG");
            group.Add(span);
        }
        var covered = new SpanCover(spans);
        foreach (var (handle, start, end) in Handles(text))
        {
            if (covered.Covers(start, end))
                continue;
            if (organizations.FirstOrDefault(g => g.Forms.Any(f => HandleNames(handle, f))) is { } owner)
                owner.Add(new NamedSpan("ORG", text[start..end], start, end));
        }

        return (
            people.OrderBy(g => g.Mentions.Min(m => m.Start)).Select(g => new Person(g.Name, Mentions(g))).ToList(),
            organizations.OrderBy(g => g.Mentions.Min(m => m.Start))
                .Select(g => new Organization(g.Name, g.Forms.Where(f => f != g.Name).ToList(), Mentions(g))).ToList());
    }

    /// <summary>
    /// The group a name belongs to. Each distinct name (ignoring case) is matched against the groups once and
    /// remembered, so that a name mentioned a thousand times costs one search, not a thousand. Past
    /// <see cref="MaxNamesCompared"/> distinct names (no article has that many; a generated or garbled text does)
    /// a new name gets a group of its own: comparing every new name with every group is quadratic.
    /// </summary>
    private static Group GroupOf(string name, Dictionary<string, Group> known, List<Group> groups, Func<Group, bool> same, string type)
    {
        if (known.TryGetValue(name, out var group))
            return group;
        group = known.Count < MaxNamesCompared ? groups.FirstOrDefault(same) : null;
        if (group is null)
            groups.Add(group = new Group(type));
        known[name] = group;
        return group;
    }

    private const int MaxNamesCompared = 400;

    /// <summary>Whether some span holds a stretch of text, answered by binary search instead of a scan of every span.</summary>
    private sealed class SpanCover
    {
        private readonly int[] _starts;
        private readonly int[] _furthestEnd;

        public SpanCover(IReadOnlyList<NamedSpan> spans)
        {
            var sorted = spans.OrderBy(s => s.Start).ToArray();
            _starts = sorted.Select(s => s.Start).ToArray();
            _furthestEnd = new int[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
                _furthestEnd[i] = Math.Max(sorted[i].End, i > 0 ? _furthestEnd[i - 1] : int.MinValue);
        }

        public bool Covers(int start, int end)
        {
            // The spans that start at or before `start`; one of them covers the stretch if the furthest end reaches `end`.
            var at = Array.BinarySearch(_starts, start);
            var last = at >= 0 ? LastWithStart(at) : ~at - 1;
            return last >= 0 && _furthestEnd[last] >= end;
        }

        private int LastWithStart(int at)
        {
            while (at + 1 < _starts.Length && _starts[at + 1] == _starts[at])
                at++;
            return at;
        }
    }

    private static List<Mention> Mentions(Group group) =>
        group.Mentions.OrderBy(m => m.Start).Select(m => new Mention(m.Start, m.End)).ToList();

    /// <summary>One person: the same name, or a single word that is the surname (or first name) of a fuller name.</summary>
    private static bool SamePerson(Group group, string name)
    {
        var words = Words(name);
        foreach (var form in group.Forms)
        {
            var known = Words(form);
            if (known.SequenceEqual(words, StringComparer.OrdinalIgnoreCase))
                return true;
            if (words.Length == 1 && (known[^1].Equals(words[0], StringComparison.OrdinalIgnoreCase) || known[0].Equals(words[0], StringComparison.OrdinalIgnoreCase)))
                return true;
            if (words.Length >= 2 && known.Length > words.Length && known[0].Equals(words[0], StringComparison.OrdinalIgnoreCase)
                && known[^1].Equals(words[^1], StringComparison.OrdinalIgnoreCase))
                return true; // "Jean Baker" for "Jean Peters Baker"
        }
        return false;
    }

    /// <summary>One organization: same name, one the acronym of the other, the shorter a leading part of the longer ("Urban League" of "Urban League of Kansas City") or its last two words or more ("Black Caucus"), or a digit suffix ("KCTV", "KCTV5").</summary>
    public static bool SameOrganization(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
            return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (Acronym(longer) is { Length: >= 2 } acronym && acronym.Equals(shorter, StringComparison.Ordinal))
            return true;
        if (AcronymWithLinks(longer) is { Length: >= 3 } linked && linked.Equals(shorter, StringComparison.Ordinal))
            return true; // "DOJ" for "Department of Justice"
        if (SameBodyReordered(a, b))
            return true; // "Justice Department" for "Department of Justice"
        var shortWords = Words(shorter);
        var longWords = Words(longer);
        if (shorter.Length >= 4 && longWords.Length > shortWords.Length && longWords.Take(shortWords.Length).SequenceEqual(shortWords, StringComparer.OrdinalIgnoreCase)
            && (shortWords.Length >= 2 || shorter.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            return true;
        // "Black Caucus" for "Congressional Black Caucus", "Security Council" for "U.N. Security Council": the
        // longer name's last two words or more, its head. Not a name with "of" in it: "Bank of Canada" is not
        // "Royal Bank of Canada".
        if (shortWords.Length >= 2 && longWords.Length > shortWords.Length && !shortWords.Any(w => w is "of" or "for" or "and" or "&")
            && longWords.Skip(longWords.Length - shortWords.Length).SequenceEqual(shortWords, StringComparer.OrdinalIgnoreCase))
            return true;
        // "KCTV" for "KCTV5" or "KCTV5 News": a call sign or brand with a channel number after it.
        return shorter.Length >= 3 && shortWords.Length == 1 && longWords[0].StartsWith(shorter, StringComparison.Ordinal)
               && longWords[0].Length > shorter.Length && longWords[0][shorter.Length..].All(char.IsDigit);
    }

    private static readonly HashSet<string> BodyHeads = ["Department", "Ministry", "Office", "Bureau", "Agency", "Commission", "Council", "Board", "Service"];

    /// <summary>Initials with "of" and "and" kept: "Department of Justice" → DOJ, "Bureau of Alcohol, Tobacco and Firearms" → BOATAF.</summary>
    private static string? AcronymWithLinks(string name)
    {
        var words = Words(name).Where(w => w.Length > 0 && w != "the").ToArray();
        if (!words.Any(w => w is "of" or "and"))
            return null;
        return new string(words.Select(w => char.ToUpperInvariant(w[0])).ToArray());
    }

    /// <summary>"Justice Department" and "Department of Justice": a body's head word before or after "of" with the same field.</summary>
    private static bool SameBodyReordered(string a, string b)
    {
        static (string Head, string Field)? Parts(string name)
        {
            var words = Words(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name);
            if (words.Length >= 3 && BodyHeads.Contains(words[0]) && words[1] == "of")
                return (words[0], string.Join(' ', words.Skip(2)));
            if (words.Length >= 2 && BodyHeads.Contains(words[^1]))
                return (words[^1], string.Join(' ', words.Take(words.Length - 1)));
            return null;
        }
        return Parts(a) is { } x && Parts(b) is { } y && x.Head == y.Head && x.Field == y.Field && a != b;
    }

    /// <summary>Initials of the capitalized words: "Kansas City Police Department" → KCPD.</summary>
    private static string? Acronym(string name)
    {
        var initials = Words(name).Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray();
        return initials.Length >= 2 ? new string(initials) : null;
    }

    /// <summary>Whether a handle spells an organization's name: "@KCTV5" for KCTV5, "@kcpolice" for Kansas City Police Department (its initials and words).</summary>
    public static bool HandleNames(string handle, string name)
    {
        var target = handle.TrimStart('@').ToLowerInvariant();
        var words = Words(name).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0)
            return false;
        if (string.Concat(words) == target)
            return true;
        return Spells(target, 0, words, 0);
    }

    /// <summary>The handle is a run of the name's words, each written whole, cut to 4+ letters, or as initials of a run of words.</summary>
    private static bool Spells(string handle, int at, string[] words, int word)
    {
        if (at == handle.Length)
            return at > 0;
        if (word >= words.Length)
            return false;
        var w = words[word];
        if (handle.AsSpan(at).StartsWith(w) && Spells(handle, at + w.Length, words, word + 1))
            return true;
        for (var length = 4; length < w.Length; length++)
            if (handle.AsSpan(at).StartsWith(w.AsSpan(0, length)) && Spells(handle, at + length, words, word + 1))
                return true;
        var initials = 0;
        while (word + initials < words.Length && at + initials < handle.Length && handle[at + initials] == words[word + initials][0])
        {
            initials++;
            if (initials >= 2 && Spells(handle, at + initials, words, word + initials))
                return true;
        }
        return false;
    }

    private static IEnumerable<(string Handle, int Start, int End)> Handles(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '@' || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                continue;
            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
                end++;
            // Handles are short (15 characters on X, 30 on Instagram); matching a long one against names is exponential.
            if (end - i > 2 && end - i <= MaxHandleLength)
                yield return (text[i..end], i, end);
            i = end - 1;
        }
    }

    private const int MaxHandleLength = 40;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
