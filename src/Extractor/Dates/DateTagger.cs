namespace Extractor.Dates;

/// <summary>
/// Finds temporal expressions in a text and normalizes them against a reference date (the publication date):
/// absolute dates, partial ones ("June 3") and relative ones ("last Friday", "two days ago", "earlier this
/// month"). Durations and sets are found too, so that they are never taken for dates.
/// </summary>
public static class DateTagger
{
    /// <param name="text">The text to tag.</param>
    /// <param name="reference">The date relative expressions are resolved against; null leaves them without a value.</param>
    /// <param name="sentenceStarts">Sorted start offsets of the sentences (for the tense of each date); empty = the text is one sentence.</param>
    public static List<Timex> Tag(string text, DateOnly? reference, IReadOnlyList<int>? sentenceStarts = null, CancellationToken ct = default)
    {
        sentenceStarts ??= Text.SentenceSplitter.Split(text, Text.Tokenizer.Tokenize(text)).Select(s => s.Start).ToList();
        var found = new List<ParsedTimex>();
        foreach (var pattern in TimexPatterns.All)
        {
            ct.ThrowIfCancellationRequested(); // one pattern's pass over the text is the longest step
            foreach (System.Text.RegularExpressions.Match match in pattern.Regex.Matches(text))
                if (pattern.Parse(match, text) is { } parsed)
                    found.Add(parsed);
        }

        var chosen = new List<ParsedTimex>();
        var takenUntil = -1;
        foreach (var candidate in found.OrderBy(p => p.Start).ThenByDescending(p => p.Length))
        {
            if (candidate.Start < takenUntil)
                continue; // overlaps a longer or earlier expression
            chosen.Add(candidate);
            takenUntil = candidate.End;
        }

        return chosen.Select(p => TimexResolver.Resolve(p, reference, TenseGuess.Before(text, p.Start, SentenceStart(sentenceStarts, p.Start)))).ToList();
    }

    private static int SentenceStart(IReadOnlyList<int>? starts, int position)
    {
        if (starts is null || starts.Count == 0)
            return 0;
        var lo = 0;
        var hi = starts.Count - 1;
        var best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (starts[mid] <= position)
            {
                best = starts[mid];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best;
    }
}
