namespace Extractor.Quotes;

/// <summary>
/// Finds quotations in one linear pass per paragraph: curly, straight, guillemet and low-high marks, single
/// curly quotes at the outer level (British style), single quotes nested inside double ones ignored. A quote
/// that a paragraph opens but does not close runs to the paragraph's end and continues in the next paragraph
/// when that one opens with a mark, as news style writes long quotes. Unbalanced marks never make the search
/// go back or run on: the cost is linear in the text.
/// </summary>
public static class QuoteFinder
{
    public static List<QuoteSpan> Find(string text)
    {
        var quotes = new List<QuoteSpan>();
        var previousParagraphOpen = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            previousParagraphOpen = FindInParagraph(text, start, end, previousParagraphOpen, quotes);
            start = end + 1;
        }
        return quotes;
    }

    /// <summary>Returns whether the paragraph ends inside an open quote.</summary>
    private static bool FindInParagraph(string text, int from, int to, bool continued, List<QuoteSpan> quotes)
    {
        var open = -1;
        var closer = '\0';
        var firstInParagraph = true;
        var lastSingleCloser = LastSingleCloser(text, from, to);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (open >= 0)
            {
                if (IsCloser(text, i, closer))
                {
                    Add(quotes, open, i, continuedFrom: continued && firstInParagraph && open == FirstMark(text, from), continues: false);
                    open = -1;
                    firstInParagraph = false;
                }
                else if (c is '“' or '«' or '„' && closer != '’')
                {
                    open = i; // a new opening mark: the previous quote was never closed
                    closer = CloserOf(c);
                }
                continue;
            }
            if (c is '“' or '«' or '„' || (c == '"' && OpensStraight(text, i, from)) || (c == '‘' && i < lastSingleCloser && OpensSingle(text, i, from)))
            {
                open = i;
                closer = CloserOf(c);
            }
        }
        if (open < 0)
            return false;
        Add(quotes, open, to, continuedFrom: continued && firstInParagraph && open == FirstMark(text, from), continues: true);
        return closer != '’';
    }

    private static void Add(List<QuoteSpan> quotes, int openMark, int closeMark, bool continuedFrom, bool continues)
    {
        if (closeMark > openMark + 1)
            quotes.Add(new QuoteSpan(openMark + 1, closeMark, openMark, closeMark, continues, continuedFrom));
    }

    private static int FirstMark(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\n')
            i++;
        return i;
    }

    private static char CloserOf(char opener) => opener switch
    {
        '“' => '”',
        '«' => '»',
        '„' => '“',
        '‘' => '’',
        _ => '"',
    };

    private static bool IsCloser(string text, int i, char closer)
    {
        var c = text[i];
        return closer switch
        {
            '"' => c is '"' or '”',
            '”' => c is '”' or '"',
            '“' => c is '“' or '”',
            '’' => c == '’' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])),
            _ => c == closer,
        };
    }

    /// <summary>A straight double quote opens when it starts the paragraph or follows a space, a bracket or a dash.</summary>
    private static bool OpensStraight(string text, int i, int from) =>
        (i == from || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>An outer single curly quote opens after a space, a bracket or a dash, or at the paragraph's start.</summary>
    private static bool OpensSingle(string text, int i, int from) =>
        i == from || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '–';

    /// <summary>The last ’ of the paragraph that can close a quote (not an apostrophe inside a word), found once so the pass stays linear.</summary>
    private static int LastSingleCloser(string text, int from, int to)
    {
        for (var j = to - 1; j > from; j--)
            if (text[j] == '’' && (j + 1 >= to || !char.IsLetter(text[j + 1])) && !char.IsWhiteSpace(text[j - 1]))
                return j;
        return -1;
    }
}
