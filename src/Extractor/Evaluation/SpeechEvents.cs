using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Evaluation;

/// <summary>
/// MEANTIME reported-speech events (shared/data/quotes/meantime-speech): the sentence (Penn-Treebank tokens,
/// `` and '' for quotation marks), the cue and the gold source. Sentences are detokenized into ordinary text
/// so that they read like an article.
/// </summary>
public static partial class SpeechEvents
{
    public sealed record Event(string Document, string Sentence, string Cue, IReadOnlyList<string> Sources)
    {
        public bool HasQuote => Sentence.Contains('“');
    }

    public static List<Event> Read(string path) => File.ReadLines(path)
        .Where(line => line.Trim().Length > 0)
        .Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            return new Event(
                e.GetProperty("doc_id").GetString() ?? "",
                Detokenize(e.GetProperty("sentence").GetString() ?? ""),
                e.GetProperty("cue").GetProperty("text").GetString() ?? "",
                e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("text").GetString() ?? "").ToList());
        })
        .ToList();

    public static bool IsSpeechVerb(string cue) => Quotes.QuoteCues.Verbs.Contains(cue);

    public static bool IsPronoun(string source) =>
        source.ToLowerInvariant() is "he" or "she" or "it" or "they" or "we" or "i" or "you" or "his" or "her" or "their";

    /// <summary>A quotation of four or more words, as the quote stage counts them.</summary>
    public static bool HasDirectQuote(string sentence) =>
        Quotes.QuoteFinder.Find(sentence).Any(q => Quotes.QuoteAttributor.IsQuotation(sentence, q));

    /// <summary>"`` We act , '' she said ." → "“We act,” she said."</summary>
    public static string Detokenize(string tokens)
    {
        var text = tokens.Replace("``", "“").Replace("''", "”");
        text = SpaceAfterOpener().Replace(text, "$1");
        text = SpaceBeforeCloser().Replace(text, "$1");
        return text;
    }

    [GeneratedRegex(@"([“(\[$])\s+")]
    private static partial Regex SpaceAfterOpener();

    [GeneratedRegex(@"\s+([”),.;:!?%\]]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")]
    private static partial Regex SpaceBeforeCloser();

    /// <summary>The comparison of score.py for speakers: the same last word, or one name's words inside the other's.</summary>
    public static bool SamePerson(string? predicted, IEnumerable<string> gold)
    {
        if (string.IsNullOrWhiteSpace(predicted))
            return false;
        var p = Words(predicted);
        return gold.Any(g =>
        {
            var w = Words(g);
            return w.Length > 0 && (w[^1] == p[^1] || p.All(w.Contains) || w.All(p.Contains));
        });
    }

    private static string[] Words(string name) =>
        Regex.Matches(name.ToLowerInvariant().Replace("'", "").Replace("’", ""), @"[^\W_]+").Select(m => m.Value).ToArray();
}
