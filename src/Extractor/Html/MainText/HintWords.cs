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

    /// <summary>Whether the hint's words stand in a row from position <paramref name="at"/>; the last may carry a plural s.</summary>
    public static bool StartsAt(List<string> words, int at, string[] hint)
    {
        if (at + hint.Length > words.Count)
            return false;
        for (var j = 0; j < hint.Length; j++)
        {
            var word = words[at + j];
            var plural = j == hint.Length - 1 && word.Length == hint[j].Length + 1 && word[^1] == 's'
                         && word.StartsWith(hint[j], StringComparison.Ordinal);
            if (word != hint[j] && !plural)
                return false;
        }
        return true;
    }
}
