using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>The reporting cues and pronouns of Resources/quote-cues.tsv.</summary>
public static class QuoteCues
{
    private static readonly ILookup<string, string> Words = ResourceText.ByKind("quote-cues.tsv");

    public static readonly HashSet<string> Verbs = new(Words["verb"], StringComparer.OrdinalIgnoreCase);
    public static readonly HashSet<string> PersonPronouns = new(Words["pronoun-person"], StringComparer.OrdinalIgnoreCase);
    public static readonly string[] GroupPronouns = Words["pronoun-group"].OrderByDescending(p => p.Length).ToArray();
}
