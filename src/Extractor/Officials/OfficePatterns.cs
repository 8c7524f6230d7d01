using Extractor.Text;

namespace Extractor.Officials;

/// <summary>
/// The three ways news states an office: a title before the name ("Police Chief Rick Smith", "Reps. A and B"),
/// an apposition after it ("Rick Smith, the city's police chief,") and a title then a comma before it
/// ("its president, Choi Dae-zip"). Each returns the title and, when named with it, the body or place.
/// </summary>
public static class OfficePatterns
{
    private static readonly HashSet<string> Determiners = ["a", "an", "the", "its", "his", "her", "their"];
    private static readonly HashSet<string> Linkers = ["of", "at", "for", "to", "with", "in", "on"];
    private static readonly HashSet<string> ClauseWords =
        ["and", "or", "but", "who", "whom", "whose", "which", "that", "said", "says", "told", "is", "was", "has", "had", "as", "when", "after", "before", "while"];
    private static readonly HashSet<string> Closers = [",", ".", ")", ";", ":", "(", "—", "–", "-", "\u201d", "\""];

    /// <summary>"Jackson County Prosecutor Jean Peters Baker", "[House Speaker] Paul Ryan", "Reps. John Lewis".</summary>
    public static OfficeMatch? Before(OfficeContext context, WordSpan name)
    {
        var words = context.Words;
        var end = name.First;
        if (end > 0 && words[end - 1].Surface == "]")
            end--;
        var (length, writtenOut) = OfficialTitles.EndingAt(words, end);
        var plural = false;
        if (length == 0)
        {
            writtenOut = OfficialTitles.PluralEndingAt(words, end);
            if (writtenOut is null)
                return null;
            (length, plural) = (1, true);
        }
        var coreStart = end - length;
        var start = ExtendLeft(context, coreStart);
        var title = TitleText(context, start, coreStart, end, writtenOut);
        while (start > 0 && OfficialTitles.IsParty(words[start - 1]))
            start--;
        if (start > 0 && words[start - 1].Surface == "[")
            start--;
        var (organization, isBody) = BodyBefore(context, start);
        return new OfficeMatch(title, organization, isBody, words[start].Start, name.Name.End, plural);
    }

    /// <summary>"Nikki Haley, the U.S. ambassador to the United Nations,", "Jason Miller, Trump's senior communications adviser,".</summary>
    public static OfficeMatch? After(OfficeContext context, WordSpan name)
    {
        var words = context.Words;
        var i = SkipParenthesis(words, name.End);
        if (i >= words.Count - 1 || words[i].Surface != ",")
            return null;
        i++;
        if (words[i].Kind == Model.TokenKind.Number && i + 1 < words.Count && words[i + 1].Surface == ",")
            i += 2; // an age: "Jane Doe, 45, a former officer"
        if (i < words.Count && Determiners.Contains(words[i].Key))
            i++;
        string? organization = null;
        var isBody = false;
        if (i < words.Count && SentenceNames.StartingAt(context.Names, i, "ORG", "LOC", "PER") is { } owner)
        {
            // "the Trump campaign's political director": a name, maybe a noun or two, then 's.
            var possessiveAt = owner.End;
            while (possessiveAt < words.Count && possessiveAt < owner.End + 2 && words[possessiveAt].IsLowerWord)
                possessiveAt++;
            var possessive = possessiveAt < words.Count && words[possessiveAt].Key is "'s" or "'";
            if (owner.Name.Type != "PER" && (possessive ? possessiveAt == owner.End : true))
                (organization, isBody) = context.BodyName(owner);
            else if (!possessive)
                return null;
            i = possessive ? possessiveAt + 1 : owner.End;
        }
        else if (i + 1 < words.Count && words[i].IsLowerWord && words[i + 1].Key == "'s")
        {
            i += 2; // "the city's police chief"
        }

        while (i < words.Count && OfficialTitles.IsDescribing(words[i]))
            i++; // "the new prime minister": "new" describes the person, not the office
        var titleStart = i;
        var core = -1;
        var length = 0;
        string? writtenOut = null;
        for (var p = i; p < Math.Min(words.Count, i + 4); p++)
        {
            (length, writtenOut) = OfficialTitles.StartingAt(words, p);
            if (length == 0 && OfficialTitles.IsBodyTitle(words[p].Key) && PublicBodyAfter(context, p + 1))
                length = 1; // "a member of the Senate Judiciary panel"
            if (length > 0)
            {
                core = p;
                break;
            }
            if (!(OfficialTitles.IsFormer(words[p]) || OfficialTitles.IsQualifier(words[p]) || (words[p].IsLowerWord && !ClauseWords.Contains(words[p].Key) && !Linkers.Contains(words[p].Key))))
                return null;
        }
        if (core < 0)
            return null;
        var end = core + length;
        var title = TitleText(context, titleStart, core, end, writtenOut);
        var last = end;
        if (end + 1 < words.Count && Linkers.Contains(words[end].Key))
        {
            // "an adviser to North Carolina Sen. Thom Tillis": the linker shows the title heads the apposition,
            // whatever its complement; the body is the organization only when it ends the apposition.
            var q = end + 1 < words.Count && words[end + 1].Key == "the" ? end + 2 : end + 1;
            if (SentenceNames.StartingAt(context.Names, q, "ORG", "LOC") is { } body)
            {
                var closes = body.End >= words.Count || Closers.Contains(words[body.End].Surface) || ClauseWords.Contains(words[body.End].Key)
                             || (OfficialTitles.IsBodyTitle(words[core].Key) && words[body.End].IsLowerWord);
                if (!closes)
                    return new OfficeMatch(title, organization, isBody, name.Name.Start, words[end - 1].End);
                (organization, isBody) = context.BodyName(body);
                last = body.End;
                if (OfficialTitles.IsBodyTitle(words[core].Key))
                {
                    // "a member of the Senate Judiciary panel": the body is what the role is.
                    while (last < words.Count && last < body.End + 3 && words[last].IsLowerWord && !ClauseWords.Contains(words[last].Key))
                        last++;
                    title = CaseTitle(context.Text[words[titleStart].Start..words[last - 1].End]);
                }
            }
        }
        if (last < words.Count && !Closers.Contains(words[last].Surface) && !ClauseWords.Contains(words[last].Key) && !Linkers.Contains(words[last].Key))
            return null;
        return new OfficeMatch(title, organization, isBody, name.Name.Start, words[last - 1].End);
    }

    /// <summary>"its president, Choi Dae-zip", "New York state's attorney general, Letitia James".</summary>
    public static OfficeMatch? BeforeComma(OfficeContext context, WordSpan name)
    {
        var words = context.Words;
        var comma = name.First - 1;
        if (comma < 2 || words[comma].Surface != ",")
            return null;
        if (name.End < words.Count && !Closers.Contains(words[name.End].Surface) && !ClauseWords.Contains(words[name.End].Key))
            return null;
        // "the national government delegate in Valencia, Pilar Bernabé", "President of the Senate, Bukola Saraki".
        var titleEnd = comma;
        string? organization = null;
        var isBody = false;
        var body = SentenceNames.EndingAt(context.Names, comma, "ORG", "LOC");
        var bodyFirst = body is { } tagged ? tagged.First : CapitalizedRunStart(words, comma);
        if (bodyFirst > 1 && bodyFirst < comma)
        {
            var linker = words[bodyFirst - 1].Key == "the" ? bodyFirst - 2 : bodyFirst - 1;
            if (linker > 0 && words[linker].Key is "of" or "in" or "for" or "at")
            {
                titleEnd = linker;
                (organization, isBody) = body is { } named ? context.BodyName(named) : (context.Text[words[bodyFirst].Start..words[comma - 1].End], true);
            }
        }
        var (length, writtenOut) = OfficialTitles.EndingAt(words, titleEnd);
        if (length == 0)
            return null;
        var coreStart = titleEnd - length;
        var start = ExtendLeft(context, coreStart);
        var title = TitleText(context, start, coreStart, titleEnd, writtenOut);
        if (start == 0)
            return organization is not null ? new OfficeMatch(title, organization, isBody, words[0].Start, name.Name.End) : null;
        var before = words[start - 1];
        if (before.Key is "its" or "their")
        {
            var latest = context.Article.Names.LastOrDefault(n => n.Type == "ORG" && n.End <= before.Start);
            if (latest is not null && organization is null)
                (organization, isBody) = (context.OrganizationOf.GetValueOrDefault((latest.Start, latest.End)) ?? latest.Text, true);
        }
        else if (before.Key is "'s" or "'")
        {
            var owner = SentenceNames.EndingAt(context.Names, start - 1, "ORG", "LOC")
                        ?? (start >= 3 && words[start - 2].IsLowerWord ? SentenceNames.EndingAt(context.Names, start - 2, "LOC") : null);
            if (owner is { } o && organization is null)
                (organization, isBody) = context.BodyName(o);
            else if (start >= 2 && SentenceNames.EndingAt(context.Names, start - 1, "PER") is null && !words[start - 2].IsLowerWord)
                return null;
        }
        else if (!Determiners.Contains(before.Key))
        {
            return null;
        }
        return new OfficeMatch(title, organization, isBody, words[start].Start, name.Name.End);
    }

    /// <summary>"of (the) BODY" at words[at], where the body is a public one.</summary>
    private static bool PublicBodyAfter(OfficeContext context, int at)
    {
        var words = context.Words;
        if (at >= words.Count - 1 || words[at].Key != "of")
            return false;
        var q = words[at + 1].Key == "the" ? at + 2 : at + 1;
        if (SentenceNames.StartingAt(context.Names, q, "ORG") is not { } body)
            return false;
        var end = body.End;
        while (end < words.Count && end < body.End + 2 && words[end].IsLowerWord)
            end++;
        return OfficialTitles.IsPublicBody(words.Skip(q).Take(end - q));
    }

    /// <summary>The first word of the capitalized run that ends before <paramref name="end"/> (a body the tagger left untagged: "of Police").</summary>
    private static int CapitalizedRunStart(List<Word> words, int end)
    {
        var start = end;
        while (start > 0 && start > end - 5 && words[start - 1].IsCapitalized)
            start--;
        return start;
    }

    /// <summary>Whether only commas, "and" and parentheses ("(D-Ga.)") stand between two names of a list.</summary>
    public static bool ContinuesList(List<Word> words, int previousEnd, int next)
    {
        if (previousEnd < 0 || previousEnd >= next)
            return false;
        var joined = false;
        for (var i = previousEnd; i < next; i++)
        {
            if (words[i].Surface == "(")
            {
                i = SkipParenthesis(words, i) - 1;
                continue;
            }
            if (words[i].Surface is "," or "&" || words[i].Key == "and")
                joined = true;
            else
                return false;
        }
        return joined;
    }

    /// <summary>Qualifiers, further titles and former-words before a title: "Deputy Police Chief", "former secretary of state".</summary>
    private static int ExtendLeft(OfficeContext context, int start)
    {
        var words = context.Words;
        while (start > 0)
        {
            if (SentenceNames.EndingAt(context.Names, start, "ORG", "LOC", "PER") is not null)
                break; // "Kansas City Police Chief": the place is not part of the title
            if (OfficialTitles.IsQualifier(words[start - 1]) || OfficialTitles.IsFormer(words[start - 1]))
            {
                start--;
                continue;
            }
            var (more, _) = OfficialTitles.EndingAt(words, start);
            if (more == 0)
                break;
            start -= more;
        }
        return start;
    }

    /// <summary>The organization or place named just before a title: "KCPD Chief", "Kansas City, Missouri Police Chief", "Amazon boss".</summary>
    private static (string?, bool) BodyBefore(OfficeContext context, int start)
    {
        var words = context.Words;
        var end = start > 0 && words[start - 1].Key is "'s" or "'" ? start - 1 : start;
        if (SentenceNames.EndingAt(context.Names, end, "ORG", "LOC") is not { } body)
            return (null, false);
        if (body.Name.Type == "LOC" && body.First >= 2 && words[body.First - 1].Surface == ","
            && SentenceNames.EndingAt(context.Names, body.First - 1, "LOC") is { } city)
            return (context.Text[city.Name.Start..body.Name.End], false); // "Kansas City, Missouri"
        return context.BodyName(body);
    }

    private static string TitleText(OfficeContext context, int start, int coreStart, int end, string? writtenOut)
    {
        var words = context.Words;
        var prefix = start < coreStart ? context.Text[words[start].Start..words[coreStart - 1].End] + " " : "";
        var core = writtenOut ?? context.Text[words[coreStart].Start..words[end - 1].End];
        return CaseTitle(prefix + core);
    }

    /// <summary>The office in title case ("police chief" → "Police Chief"), small words and "former" kept lower.</summary>
    public static string CaseTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var key = Word.KeyOf(w);
            var small = key is "of" or "the" or "to" or "and" or "for" or "on" or "in" or "at" || OfficialTitles.IsFormer(new Word(w, key, 0, 0, Model.TokenKind.Word));
            words[i] = small ? w.ToLowerInvariant()
                : w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Length <= 4 ? w
                : char.ToUpperInvariant(w[0]) + (w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w[1..].ToLowerInvariant() : w[1..]);
        }
        return string.Join(' ', words);
    }

    private static int SkipParenthesis(List<Word> words, int i)
    {
        if (i >= words.Count || words[i].Surface != "(")
            return i;
        for (var j = i + 1; j < Math.Min(words.Count, i + 10); j++)
            if (words[j].Surface == ")")
                return j + 1;
        return i;
    }
}
