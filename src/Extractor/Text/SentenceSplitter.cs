using Extractor.Model;

namespace Extractor.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or … when the next word opens a new one (upper case,
/// a digit, an opening quote or bracket), at a line break, and at the end of the text. Closing quotes and
/// brackets stay with the sentence they close. Abbreviations come from Resources/abbreviations.tsv: titles
/// ("Gov.", "Mo.") never end a sentence; others ("U.S.", "Inc.") only before a usual sentence opener.
/// No sentence has more than <see cref="MaxTokens"/> tokens.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// A "sentence" of more tokens is cut into pieces of this many: text without sentence ends (a table, a list,
    /// a page of words) would otherwise be one sentence, and the tagger's and the rules' work per sentence grows
    /// with its length (a 200,000-token line took the tagger's working arrays past a gigabyte). Real sentences
    /// have well under 200 tokens.
    /// </summary>
    public const int MaxTokens = 400;

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i;
            if (i - first + 1 >= MaxTokens || EndsSentenceHere(text, tokens, ref last))
            {
                sentences.Add(Make(tokens, first, last));
                first = last + 1;
                i = last;
            }
        }
        if (first < tokens.Count)
            sentences.Add(Make(tokens, first, tokens.Count - 1));
        return sentences;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End, first, last - first + 1);

    /// <summary>Whether a sentence ends with token <paramref name="last"/>, which moves past closing quotes and brackets.</summary>
    private static bool EndsSentenceHere(string text, IReadOnlyList<Token> tokens, ref int last)
    {
        var token = tokens[last];
        if (last + 1 >= tokens.Count)
            return false; // the text's end closes the final sentence anyway
        if (HasLineBreak(text, token.End, tokens[last + 1].Start))
            return true;

        var abbreviation = AbbreviationKind(text, token);
        if (abbreviation == Abbreviations.Kind.None && !IsTerminal(text, token))
            return false;
        if (abbreviation == Abbreviations.Kind.Title)
            return false;

        var end = last;
        while (end + 1 < tokens.Count && IsCloser(text, tokens[end + 1]) && tokens[end + 1].Start == tokens[end].End)
            end++;
        if (end + 1 >= tokens.Count)
        {
            last = end;
            return false;
        }

        var next = tokens[end + 1];
        var opensSentence = abbreviation == Abbreviations.Kind.Any
            ? OpensSentence(text, next) && Abbreviations.IsSentenceStarter(next.In(text))
            : OpensSentence(text, next);
        if (!opensSentence && !HasLineBreak(text, tokens[end].End, next.Start))
            return false;
        last = end;
        return true;
    }

    private static Abbreviations.Kind AbbreviationKind(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.'
            ? Abbreviations.Classify(text.AsSpan(token.Start, token.Length - 1))
            : Abbreviations.Kind.None;

    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
            return false;
        var c = text[token.Start];
        return c is '.' or '!' or '?' or '…';
    }

    private static bool IsCloser(string text, Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool OpensSentence(string text, Token token)
    {
        var c = text[token.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '@' or '#'
               || (char.IsLetter(c) && !char.IsLower(c)); // scripts without case
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] == '\n')
                return true;
        return false;
    }
}
