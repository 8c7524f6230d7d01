using AngleSharp.Dom;

namespace Extractor.Html.MainText;

/// <summary>
/// Per-element counts of the text a reader would see (no dropped or hidden elements): non-space characters,
/// the part of them inside links, and commas. Computed once, bottom-up, for the whole body.
/// </summary>
internal sealed class TextStats
{
    public readonly record struct Counts(int Text, int Link, int Commas)
    {
        public double LinkDensity => Text == 0 ? 0 : (double)Link / Text;

        public static Counts operator +(Counts a, Counts b) => new(a.Text + b.Text, a.Link + b.Link, a.Commas + b.Commas);
    }

    private readonly Dictionary<IElement, Counts> _counts = new();
    private readonly Dictionary<IElement, Counts> _direct = new();
    private readonly PageHints _hints;

    public TextStats(IElement root, PageHints hints)
    {
        _hints = hints;
        Measure(root, insideLink: false);
    }

    public Counts this[IElement element] => _counts.GetValueOrDefault(element);

    /// <summary>Text of the element outside its block children: loose text in a div that also holds paragraphs.</summary>
    public Counts Direct(IElement element) => _direct.GetValueOrDefault(element);

    /// <summary>Elements the measure skipped (dropped tags, hidden, boilerplate hints) are absent.</summary>
    public bool Contains(IElement element) => _counts.ContainsKey(element);

    private Counts Measure(IElement element, bool insideLink)
    {
        if (_hints.IsDropped(element))
            return default;
        insideLink |= element.LocalName == "a";
        var total = default(Counts);
        var direct = default(Counts);
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var counts = Measure(e, insideLink);
                total += counts;
                if (!MainTextHints.BlockTags.Contains(e.LocalName))
                    direct += counts;
            }
            else if (child is IText t)
            {
                var counts = Count(t.Data, insideLink);
                total += counts;
                direct += counts;
            }
        }
        _counts[element] = total;
        if (direct.Text > 0)
            _direct[element] = direct;
        return total;
    }

    private static Counts Count(string data, bool insideLink)
    {
        var text = 0;
        var commas = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
                text++;
            if (c is ',' or '，' or '、' or '،')
                commas++;
        }
        return new Counts(text, insideLink ? text : 0, commas);
    }
}
