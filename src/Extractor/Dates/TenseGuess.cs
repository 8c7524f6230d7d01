namespace Extractor.Dates;

/// <summary>
/// Whether the words just before a date point to the future ("will meet on Friday", "must adopt curbs from
/// Sunday") or the past ("said on Friday"): the tense decides which Friday or which June is meant.
/// </summary>
internal static class TenseGuess
{
    public enum Tense { Unknown, Past, Future }

    private const int Window = 60; // characters before the expression, within its sentence

    public static Tense Before(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - Window);
        var words = text[from..start].Split([' ', ',', ';', ':', '\n', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        // "closed until Friday", "through June": the date is where something ends, ahead of the story.
        if (words.Length > 0 && words[^1].ToLowerInvariant() is "until" or "till" or "through")
            return Tense.Future;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            var pair = i > 0 ? words[i - 1] + " " + word : null;
            if (TimexWords.FutureCues.Contains(word) || (pair is not null && TimexWords.FutureCues.Contains(pair)))
                return Tense.Future;
            // A participle after "be" is not past tense: "will be held", "is due to be published in May".
            var previous = i > 0 ? words[i - 1] : "";
            if (previous.Equals("be", StringComparison.OrdinalIgnoreCase) || previous.Equals("being", StringComparison.OrdinalIgnoreCase))
                continue;
            if (TimexWords.PastCues.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
                return Tense.Past;
        }
        return Tense.Unknown;
    }
}
