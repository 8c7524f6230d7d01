namespace Extractor.Ner;

/// <summary>The BIO tag set of the tagger: O, then B- and I- for PER, ORG, LOC and MISC.</summary>
public static class NerLabels
{
    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public const int Outside = 0;

    public static int Count => All.Length;

    public static int IndexOf(string label)
    {
        var index = Array.IndexOf(All, label);
        return index >= 0 ? index : Outside; // types the tagger does not know (e.g. GUM's extra types) count as O
    }

    public static string TypeOf(int label) => label == Outside ? "" : All[label][2..];

    public static bool IsBegin(int label) => label != Outside && All[label][0] == 'B';

    /// <summary>BIO constraint: I-X may only follow B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) => AllowedPairs[previous * All.Length + label];

    // Asked 162 times per token by the decoder: worked out once.
    private static readonly bool[] AllowedPairs = Enumerable.Range(0, All.Length * All.Length)
        .Select(pair => (previous: pair / All.Length, label: pair % All.Length))
        .Select(p => All[p.label][0] != 'I' || (p.previous != Outside && TypeOf(p.previous) == TypeOf(p.label)))
        .ToArray();
}
