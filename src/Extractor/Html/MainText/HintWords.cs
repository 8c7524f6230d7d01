namespace Extractor.Html.MainText;

/// <summary>Splits class and id values into lower-case words: "ArticleBody-main story_text" → article, body, main, story, text.</summary>
internal static class HintWords
{
    public static List<string> Split(string? value, List<string>? into = null)
    {
        into ??= [];
        if (string.IsNullOrEmpty(value))
            return into;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var isWordChar = char.IsLetterOrDigit(c);
            var camelBreak = isWordChar && start >= 0 && char.IsUpper(c) && char.IsLower(value[i - 1]);
            if (start >= 0 && (!isWordChar || camelBreak))
            {
                into.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (isWordChar && start < 0)
                start = i;
        }
        return into;
    }

    /// <summary>Whether the words contain the hint's words in a row; the last may carry a plural s.</summary>
    public static bool Contains(List<string> words, string[] hint)
    {
        for (var i = 0; i + hint.Length <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < hint.Length && match; j++)
            {
                var word = words[i + j];
                match = word == hint[j] || (j == hint.Length - 1 && word.Length == hint[j].Length + 1 && word.EndsWith('s') && word.StartsWith(hint[j], StringComparison.Ordinal));
            }
            if (match)
                return true;
        }
        return false;
    }
}
