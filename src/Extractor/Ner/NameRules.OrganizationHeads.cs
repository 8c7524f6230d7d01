namespace Extractor.Ner;

public static partial class NameRules
{
    /// <summary>
    /// "the University of Wisconsin-Madison" tagged as the place "Wisconsin-Madison" alone: capitalized words
    /// ending in an organization word (University, Bank, Ministry…) and joined by "of" to a name the tagger found
    /// are the head of one organization's name, which then covers both. A leading "The" is not part of it.
    /// </summary>
    public static List<NamedSpan> JoinOrganizationHeads(List<NamedSpan> spans, string text)
    {
        var result = new List<NamedSpan>(spans.Count);
        foreach (var span in spans)
        {
            var previousEnd = result.Count > 0 ? result[^1].End : 0;
            if (span.Type != "PER" && HeadBefore(text, span.Start, previousEnd) is { } head)
                result.Add(new NamedSpan("ORG", text[head..span.End], head, span.End));
            else
                result.Add(span);
        }
        return result;
    }

    private const int MaxHeadWords = 4;

    /// <summary>Where the organization words before " of " start, or null; never before <paramref name="limit"/>.</summary>
    private static int? HeadBefore(string text, int start, int limit)
    {
        const string joint = " of ";
        var end = start - joint.Length;
        if (end <= limit || !text.AsSpan(end, joint.Length).SequenceEqual(joint))
            return null;
        int? head = null;
        var words = 0;
        var position = end;
        while (words < MaxHeadWords && WordBefore(text, position + 1) is var (wordStart, word) && wordStart >= limit
               && word.Length > 0 && char.IsUpper(word[0]))
        {
            if (words == 0 && !OrganizationWords.Contains(word))
                return null; // the head must end in an organization word: "Bank of", not "Friends of"
            if (word is "The" or "A" or "An")
                break;
            head = wordStart;
            words++;
            position = wordStart - 1;
            if (position < 1 || text[position] != ' ')
                break;
        }
        return head;
    }

    /// <summary>
    /// "UNI Global Union" tagged as "UNI": capitalized words right after an organization that the tagger left
    /// out and that end, with the capitalized run, in an organization word (Union, Party, Council…) complete its name.
    /// </summary>
    public static List<NamedSpan> ExtendOrganizationTails(List<NamedSpan> spans, string text)
    {
        var result = new List<NamedSpan>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var limit = i + 1 < spans.Count ? spans[i + 1].Start : text.Length;
            if (span.Type == "ORG" && TailAfter(text, span.End, limit) is { } end)
                span = new NamedSpan("ORG", text[span.Start..end], span.Start, end);
            result.Add(span);
        }
        return result;
    }

    /// <summary>Where the capitalized words after a name end, if the last is an organization word and no name lies within; else null.</summary>
    private static int? TailAfter(string text, int end, int limit)
    {
        var position = end;
        for (var words = 0; words < MaxHeadWords; words++)
        {
            if (!CapitalizedWordAfter(text, position))
                return null;
            var start = position + 1;
            var i = LetterRunEnd(text, start, hyphens: true);
            if (i > limit)
                return null;
            if (OrganizationWords.Contains(text[start..i]) && !CapitalizedWordAfter(text, i))
                return i;
            position = i;
        }
        return null;
    }
}
