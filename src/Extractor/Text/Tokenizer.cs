using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Text;

/// <summary>
/// Splits text into tokens with offsets. Keeps URLs, e-mail addresses, @handles, #hashtags, numbers such as
/// "1,000.50" or "6/3/2020", initialisms ("U.S.") and known abbreviations ("Gov.") whole; splits the clitics
/// "'s" and "n't" off their word, as the Penn Treebank does, so that "Smith's" yields "Smith".
/// </summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var next = ScanSpecial(text, i, end, tokens)
                       ?? (char.IsLetterOrDigit(c) ? ScanWord(text, i, end, tokens) : ScanPunctuation(text, i, end, tokens));
            i = next;
        }
    }

    /// <summary>URLs, e-mail addresses, handles and hashtags. Returns the position after the token, or null.</summary>
    private static int? ScanSpecial(string text, int i, int end, List<Token> tokens)
    {
        var c = text[i];
        if ((c == '@' || c == '#') && i + 1 < end && IsWordChar(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1])))
        {
            var j = i + 1;
            while (j < end && (IsWordChar(text[j]) || text[j] == '_'))
                j++;
            tokens.Add(new Token(i, j, c == '@' ? TokenKind.Handle : TokenKind.Hashtag));
            return j;
        }
        if (!char.IsLetterOrDigit(c))
            return null;

        var chunkEnd = i;
        var hasDot = false;
        var hasAt = false;
        while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd]))
        {
            hasDot |= text[chunkEnd] == '.';
            hasAt |= text[chunkEnd] == '@';
            chunkEnd++;
        }
        if (!hasDot && !hasAt && !text.AsSpan(i, chunkEnd - i).Contains("://", StringComparison.Ordinal))
            return null;

        var length = chunkEnd - i;
        if (UrlPattern().Match(text, i, length) is { Success: true } url)
            return AddTrimmed(tokens, text, i, i + url.Length, TokenKind.Url);
        if (hasAt && EmailPattern().Match(text, i, length) is { Success: true } email)
            return AddTrimmed(tokens, text, i, i + email.Length, TokenKind.Email);
        if (DomainPattern().Match(text, i, length) is { Success: true } domain)
            return AddTrimmed(tokens, text, i, i + domain.Length, TokenKind.Url);
        return null;
    }

    /// <summary>Adds a URL-like token without the sentence punctuation that often sticks to its end.</summary>
    private static int AddTrimmed(List<Token> tokens, string text, int start, int end, TokenKind kind)
    {
        while (end > start + 1 && ".,;:!?)]}'\"".Contains(text[end - 1]))
            end--;
        tokens.Add(new Token(start, end, kind));
        return end;
    }

    private static int ScanWord(string text, int i, int end, List<Token> tokens)
    {
        var start = i;
        var isNumber = char.IsDigit(text[i]);
        if (isNumber)
        {
            var number = NumberPattern().Match(text, i);
            i += number.Length;
            if (i >= end || !char.IsLetter(text[i]))
            {
                tokens.Add(new Token(start, i, TokenKind.Number));
                return i;
            }
        }

        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && IsInitialismStep(text, i, end, start))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.' && Abbreviations.Classify(text.AsSpan(start, i - start)) != Abbreviations.Kind.None)
        {
            tokens.Add(new Token(start, i + 1, TokenKind.Word));
            return i + 1;
        }
        AddWordWithClitics(text, start, i, tokens);
        return i;
    }

    /// <summary>At a period inside "U.S" or "a.m": single letters separated by periods.</summary>
    private static bool IsInitialismStep(string text, int dot, int end, int wordStart) =>
        dot - wordStart >= 1
        && (dot - wordStart == 1 || text[dot - 2] == '.')
        && dot + 1 < end && char.IsLetter(text[dot + 1])
        && (dot + 2 >= end || !char.IsLetterOrDigit(text[dot + 2]));

    private static void AddWordWithClitics(string text, int start, int end, List<Token> tokens)
    {
        var length = end - start;
        if (length > 3 && (text[end - 3] is 'n' or 'N') && IsApostrophe(text[end - 2]) && (text[end - 1] is 't' or 'T'))
        {
            tokens.Add(new Token(start, end - 3, TokenKind.Word));
            tokens.Add(new Token(end - 3, end, TokenKind.Word));
            return;
        }
        if (length > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
        {
            tokens.Add(new Token(start, end - 2, TokenKind.Word));
            tokens.Add(new Token(end - 2, end, TokenKind.Word));
            return;
        }
        tokens.Add(new Token(start, end, TokenKind.Word));
    }

    private static int ScanPunctuation(string text, int i, int end, List<Token> tokens)
    {
        var c = text[i];
        var j = i + 1;
        if (c is '.' or '-' or '!' or '?')
        {
            while (j < end && (text[j] == c || (c is '!' or '?' && text[j] is '!' or '?')))
                j++;
        }
        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        tokens.Add(new Token(i, j, kind));
        return j;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    [GeneratedRegex(@"\G(?:https?://|www\.)[^\s<>""“”‘’—–]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\G[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // A bare domain is taken as a URL only with a well-known top-level domain, so "resigning.They" stays two words.
    [GeneratedRegex(@"\G[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|io|co|us|uk|info|news|tv|ly|me|int|mil)(?![\p{L}\p{N}])(?:/[^\s<>""“”‘’—–]*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"\G\d+(?:[.,:/]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
