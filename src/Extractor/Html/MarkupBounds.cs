using System.Text;

namespace Extractor.Html;

/// <summary>
/// One linear pass over a page's markup before it is parsed, which keeps the parse linear and its memory flat:
/// elements nested deeper than <see cref="MaxDepth"/> lose their tags (their text stays, as siblings), and an
/// attribute value longer than <see cref="MaxAttributeChars"/> is cut, and the markup after the
/// <see cref="MaxElements"/>th element is left out (the largest of 1,400 real news pages measured has under 10,000
/// elements; 8 MB of paragraphs took 900 MB as a DOM). A parser's tree building costs time in
/// proportion to the depth of the open elements at each tag, so 200,000 nested <c>&lt;div&gt;</c>s took minutes;
/// browsers bound the depth the same way (Blink at 512). Pages within the bounds come back as the same string.
/// </summary>
public static class MarkupBounds
{
    public const int MaxDepth = 512;
    public const int MaxAttributeChars = 65_536;
    public const int MaxElements = 100_000;

    /// <summary>The most characters of markup parsed: the parser's tree for a page of 20 MB (the input limit) takes
    /// over a gigabyte; the largest of the real pages measured has 2.2 million.</summary>
    public const int MaxMarkupChars = 8_000_000;

    /// <summary>What the pass changed; both zero when the markup came back untouched.</summary>
    public readonly record struct Changes(int FlattenedTags, int CutAttributes, int CutAtChar)
    {
        public bool Any => FlattenedTags > 0 || CutAttributes > 0 || CutAtChar > 0;

        /// <summary>What a reader of the record needs to know, for its note.</summary>
        public string Describe(int length) => string.Join("; ", new[]
        {
            FlattenedTags > 0 ? FormattableString.Invariant($"{FlattenedTags:N0} tag(s) nested deeper than {MaxDepth} levels were left out (their text is kept)") : null,
            CutAttributes > 0 ? FormattableString.Invariant($"{CutAttributes:N0} attribute value(s) longer than {MaxAttributeChars:N0} characters were cut") : null,
            CutAtChar > 0 ? FormattableString.Invariant($"the page has more than {MaxElements:N0} elements or {MaxMarkupChars:N0} characters: its last {length - CutAtChar:N0} characters were not read") : null,
        }.Where(part => part is not null));
    }

    // Elements whose end tag may be left out (the parser closes them), void elements and the raw-text elements
    // are not counted as open: counting "<p>" siblings without "</p>" as nesting would flatten ordinary pages.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    public static (string Markup, Changes Changes) Apply(string markup, CancellationToken ct = default)
    {
        StringBuilder? copy = null; // made only once something must change
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0; // opening tags removed past the depth bound whose end tags are still to come
        int flattened = 0, cut = 0, elements = 0;
        var nextCheck = 0;

        var i = 0;
        while (i < markup.Length)
        {
            if (i >= nextCheck)
            {
                ct.ThrowIfCancellationRequested();
                nextCheck = i + 262_144;
            }
            var lt = markup.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= markup.Length)
                break;
            var next = markup[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(markup, lt);
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= markup.Length || !char.IsAsciiLetter(markup[nameStart]))
            {
                i = lt + 1; // "a < b": text
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < markup.Length && !IsTagNameEnd(markup[nameEnd]))
                nameEnd++;
            var name = markup.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(markup, nameEnd, out var longValues);

            var drop = false;
            var counted = !IsNotNesting(name);
            if (closing)
            {
                if (counted && dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else if (counted && depth > 0)
                    depth--;
            }
            else if (counted && !SelfClosingForeign(markup, tagEnd))
            {
                if (depth >= MaxDepth)
                {
                    dropped++;
                    drop = true;
                }
                else
                    depth++;
            }

            // A flattened tag makes no element; past the bound on elements or characters the rest of the page is left out.
            var emitted = copy is null ? lt : copy.Length + lt - copiedUpTo;
            if (!closing && !drop && (++elements > MaxElements || emitted > MaxMarkupChars))
            {
                copy ??= new StringBuilder(lt);
                copy.Append(markup, copiedUpTo, lt - copiedUpTo);
                return (copy.ToString(), new Changes(flattened, cut, lt));
            }

            if (drop || longValues is not null)
            {
                copy ??= new StringBuilder(markup.Length);
                copy.Append(markup, copiedUpTo, lt - copiedUpTo);
                if (drop)
                    flattened++;
                else
                {
                    // The tag with each over-long value cut to its first MaxAttributeChars characters.
                    var at = lt;
                    foreach (var (valueStart, valueEnd) in longValues!)
                    {
                        copy.Append(markup, at, valueStart + MaxAttributeChars - at);
                        at = valueEnd;
                        cut++;
                    }
                    copy.Append(markup, at, tagEnd - at);
                }
                copiedUpTo = tagEnd;
            }
            i = tagEnd;

            if (!closing && RawTextElement(name) is { } raw)
                i = EndOfRawText(markup, i, raw);
        }

        if (copy is null && markup.Length <= MaxMarkupChars)
            return (markup, new Changes(0, 0, 0));
        copy ??= new StringBuilder(markup.Length);
        if (copy.Length + markup.Length - copiedUpTo > MaxMarkupChars)
        {
            // Text past the bound with no tag after it: cut at the bound itself.
            var keep = Math.Max(0, MaxMarkupChars - copy.Length);
            copy.Append(markup, copiedUpTo, keep);
            return (copy.ToString(), new Changes(flattened, cut, copiedUpTo + keep));
        }
        copy.Append(markup, copiedUpTo, markup.Length - copiedUpTo);
        return (copy.ToString(), new Changes(flattened, cut, 0));
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static bool IsNotNesting(ReadOnlySpan<char> name) =>
        NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>"&lt;path ... /&gt;": in SVG and MathML a self-closing tag opens nothing.</summary>
    private static bool SelfClosingForeign(string markup, int tagEnd) => tagEnd >= 2 && markup[tagEnd - 1] == '>' && markup[tagEnd - 2] == '/';

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
                return raw;
        return null;
    }

    /// <summary>Just past the tag's '&gt;' (or the end of the markup), noting the quoted or bare values over the bound.</summary>
    private static int TagEnd(string markup, int from, out List<(int Start, int End)>? longValues)
    {
        longValues = null;
        var i = from;
        while (i < markup.Length)
        {
            var c = markup[i];
            if (c == '>')
                return i + 1;
            if (c == '=')
            {
                i++;
                while (i < markup.Length && char.IsWhiteSpace(markup[i]))
                    i++;
                if (i >= markup.Length)
                    break;
                int start, end;
                if (markup[i] is '"' or '\'')
                {
                    var quote = markup[i];
                    start = i + 1;
                    var close = markup.IndexOf(quote, start);
                    end = close < 0 ? markup.Length : close;
                    i = close < 0 ? markup.Length : close + 1;
                }
                else
                {
                    start = i;
                    while (i < markup.Length && !char.IsWhiteSpace(markup[i]) && markup[i] != '>')
                        i++;
                    end = i;
                }
                if (end - start > MaxAttributeChars)
                    (longValues ??= []).Add((start, end));
                continue;
            }
            i++;
        }
        return markup.Length;
    }

    /// <summary>Past a comment, doctype or processing instruction.</summary>
    private static int SkipDeclaration(string markup, int lt)
    {
        if (string.CompareOrdinal(markup, lt, "<!--", 0, 4) == 0)
        {
            var close = markup.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? markup.Length : close + 3;
        }
        var gt = markup.IndexOf('>', lt + 2);
        return gt < 0 ? markup.Length : gt + 1;
    }

    /// <summary>The start of the raw-text element's end tag ("&lt;/script"), or the end of the markup.</summary>
    private static int EndOfRawText(string markup, int from, string name)
    {
        var i = from;
        while (true)
        {
            var close = markup.IndexOf("</", i, StringComparison.Ordinal);
            if (close < 0)
                return markup.Length;
            if (string.Compare(markup, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return close;
            i = close + 2;
        }
    }
}
