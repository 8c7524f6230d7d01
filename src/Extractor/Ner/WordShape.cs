namespace Extractor.Ner;

/// <summary>Word shapes: "Smith" → Xxxxx (long, cut at 8) and Xx (runs collapsed); "KCPD" → XXXX / X; "2017" → dddd / d.</summary>
public static class WordShape
{
    public static string Long(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 8)];
        for (var i = 0; i < shape.Length; i++)
            shape[i] = Class(word[i]);
        return new string(shape);
    }

    public static string Short(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 16)];
        var length = 0;
        for (var i = 0; i < word.Length && length < shape.Length; i++)
        {
            var c = Class(word[i]);
            if (length == 0 || shape[length - 1] != c)
                shape[length++] = c;
        }
        return new string(shape[..length]);
    }

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters > 0;
    }

    /// <summary>A headline in capitals: more than half of the words with letters are all capitals.</summary>
    public static bool IsCapsSentence(IReadOnlyList<string> tokens) =>
        tokens.Count(IsAllCaps) * 2 > Math.Max(1, tokens.Count(t => t.Any(char.IsLetter)));

    private static char Class(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
}
