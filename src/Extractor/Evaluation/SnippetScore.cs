using System.Text;

namespace Extractor.Evaluation;

/// <summary>
/// The measure of trafilatura's evaluation set (../shared/data/article-snippets): per page, strings that must be in
/// the main text (<c>with</c>) and strings that must not (<c>without</c>), looked for with white space collapsed,
/// case-sensitively. A "with" found is a true positive, one missing a false negative; a "without" found is a
/// false positive. Precision, recall and F1 are over all strings of all pages; a page given no text misses all.
/// </summary>
public sealed class SnippetScore
{
    public int Pages { get; private set; }
    public int PagesWithoutText { get; private set; }
    public int TruePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int FalsePositives { get; private set; }
    public int TrueNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>One page's counts: with-strings missed and without-strings kept.</summary>
    public readonly record struct Page(int Found, int Missed, int Kept, int Left);

    public Page Add(string text, IEnumerable<string> with, IEnumerable<string> without)
    {
        var haystack = Collapse(text);
        Pages++;
        if (haystack.Length == 0)
            PagesWithoutText++;
        int found = 0, missed = 0, kept = 0, left = 0;
        foreach (var needle in with.Select(Collapse).Where(n => n.Length > 0))
        {
            if (haystack.Contains(needle, StringComparison.Ordinal)) found++;
            else missed++;
        }
        foreach (var needle in without.Select(Collapse).Where(n => n.Length > 0))
        {
            if (haystack.Contains(needle, StringComparison.Ordinal)) kept++;
            else left++;
        }
        TruePositives += found;
        FalseNegatives += missed;
        FalsePositives += kept;
        TrueNegatives += left;
        return new Page(found, missed, kept, left);
    }

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
