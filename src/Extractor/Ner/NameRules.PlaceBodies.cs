namespace Extractor.Ner;

public static partial class NameRules
{
    /// <summary>
    /// "the Nigeria Police", "the U.S. Senate": a place followed by a single organization word (Police, Senate,
    /// Army…) that the tagger left out or tagged alone is one organization's name. Only when the word ends the
    /// capitalized run: "Nigeria Police Force" is left to the tagger.
    /// </summary>
    public static List<NamedSpan> JoinPlaceBodies(List<NamedSpan> spans, string text)
    {
        var result = new List<NamedSpan>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type == "LOC" && BodyWordAfter(text, span.End) is var (bodyStart, bodyEnd))
            {
                var next = i + 1 < spans.Count ? spans[i + 1] : null;
                var taggedAlone = next is { Type: "ORG" } && next.Start == bodyStart && next.End == bodyEnd;
                if (taggedAlone || next is null || next.Start >= bodyEnd)
                {
                    result.Add(new NamedSpan("ORG", text[span.Start..bodyEnd], span.Start, bodyEnd));
                    if (taggedAlone)
                        i++;
                    continue;
                }
            }
            result.Add(span);
        }
        return result;
    }

    /// <summary>The organization word right after a name, if the capitalized run ends with it; else null.</summary>
    private static (int Start, int End)? BodyWordAfter(string text, int end)
    {
        if (!CapitalizedWordAfter(text, end))
            return null;
        var start = end + 1;
        var i = LetterRunEnd(text, start);
        return OrganizationWords.Contains(text[start..i]) && !CapitalizedWordAfter(text, i) ? (start, i) : null;
    }
}
