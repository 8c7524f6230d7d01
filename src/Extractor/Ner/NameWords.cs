using Extractor.Text;

namespace Extractor.Ner;

/// <summary>
/// Resources/name-words.tsv, read once for every rule that uses it. A class of its own, so that every part of
/// the partial <see cref="NameRules"/> can use it in its static fields: the order in which the parts' static
/// fields are set is not defined.
/// </summary>
internal static class NameWords
{
    private static readonly ILookup<string, string> ByKind = ResourceText.ByKind("name-words.tsv");

    public static IEnumerable<string> Of(string kind) => ByKind[kind];

    public static HashSet<string> Set(string kind, StringComparer? comparer = null) => new(ByKind[kind], comparer ?? StringComparer.Ordinal);
}
