namespace Extractor.Ner;

public static partial class NameRules
{
    private const int MaxTitleQuotation = 60;

    private static readonly HashSet<string> TitleSmallWords = ["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "by"];

    /// <summary>
    /// Whether the span stands inside a short quotation whose words are all capitalized (small words aside): the
    /// title of a song, a book, a slogan ("“Bulletproof: Black Lives Matter”", "“China Grove,”"). A quoted
    /// sentence that mentions a person has lower-case words.
    /// </summary>
    private static bool InTitleQuotation(string text, int start, int end)
    {
        var open = text.LastIndexOfAny(['“', '"', '”'], start - 1 < 0 ? 0 : start - 1, Math.Min(start, MaxTitleQuotation));
        if (start == 0 || open < 0 || text[open] == '”')
            return false;
        var close = text.IndexOfAny(['”', '"', '“'], end, Math.Min(text.Length - end, MaxTitleQuotation));
        if (close < 0 || text[close] == '“')
            return false;
        var words = text[(open + 1)..close].Split([' ', ',', '.', ':', ';', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleSmallWords.Contains(w));
    }

    /// <summary>Whether quotation marks open right before the span and close right after it (a comma or period may come between).</summary>
    private static bool IsWholeQuotation(string text, int start, int end)
    {
        if (start == 0 || text[start - 1] is not ('“' or '"'))
            return false;
        if (end < text.Length && text[end] is ',' or '.' or '!' or '?')
            end++;
        return end < text.Length && text[end] is '”' or '"';
    }
}
