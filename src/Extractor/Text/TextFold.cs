using System.Net;
using System.Text;

namespace Extractor.Text;

/// <summary>
/// Folds text for comparing, not for output: entities decoded, Unicode NFKC, curly quotes and dashes made plain,
/// white space collapsed, lower case. "Trump’s – “plan”" and "trump's - \"plan\"" fold alike.
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var normalized = WebUtility.HtmlDecode(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00AD')
            {
                pendingSpace = c is not ('\u200B' or '\u00AD') && builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(PlainMark(c)));
        }
        return builder.ToString();
    }

    /// <summary>Curly and typographic quotes as ' or ", every kind of dash as -, other characters unchanged.</summary>
    public static char PlainMark(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
