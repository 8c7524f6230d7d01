using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Text;

namespace Extractor.Html.Metadata;

/// <summary>
/// A publication date that a page states only in its visible text: in an element that its class or id marks as
/// a date, time or byline, else right after the headline ("Posted on September 21, 2020", "19. Oktober 2019",
/// "19 de octubre de 2019", "19.10.2019"). Month names of many languages are in Resources/visible-date-months.tsv.
/// </summary>
public static partial class VisibleDate
{
    private static readonly Dictionary<string, int> Months = ResourceText.Lines("visible-date-months.tsv")
        .Select(line => line.Split('\t'))
        .ToDictionary(parts => parts[1], parts => int.Parse(parts[0], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private static readonly string MonthAlternation = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static readonly Regex DayMonthYear = new(
        $@"(?<!\d)(?<d>[0-3]?\d)(?:\.|er|º)?\s*(?:de\s+)?(?<m>{MonthAlternation})\.?,?\s*(?:de\s+)?(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private static readonly Regex MonthDayYear = new(
        $@"(?<![\p{{L}}])(?<m>{MonthAlternation})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>The first date in the page's date-marked elements, else in the text after its headline.</summary>
    public static DateValue? OnPage(IDocument document, DateTimeOffset now)
    {
        var monthFirst = (document.DocumentElement.GetAttribute("lang") ?? "").StartsWith("en-us", StringComparison.OrdinalIgnoreCase);
        foreach (var element in DateElements(document).Take(30))
            if (In(Head(element.TextContent), monthFirst, now) is { } date)
                return date;
        // The headline as TitleFinder takes it, then the page's other first-level headings (a site logo is often an h1 too).
        var headlines = document.QuerySelectorAll("article h1, main h1, [itemprop='headline']").Concat(document.QuerySelectorAll("h1")).Distinct().Take(3);
        foreach (var headline in headlines)
            if (In(TextAfter(headline, 300), monthFirst, now) is { } afterHeadline)
                return afterHeadline;
        // Last, the first date in the page's opening text, outside navigation, footers, sidebars and comments.
        if (document.Body is { } body && In(OpeningText(body, 3000), monthFirst, now) is { } opening)
            return opening;
        return null;
    }

    /// <summary>The body's text in document order up to a number of characters, without what <see cref="IsLeftOut"/> names.</summary>
    private static string OpeningText(IElement body, int limit)
    {
        var text = new System.Text.StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (text.Length >= limit)
                    return;
                if (child is IText t)
                    text.Append(t.Data).Append(' ');
                else if (child is IElement e && !IsLeftOut(e))
                    Walk(e);
            }
        }
        Walk(body);
        return text.Length > limit ? text.ToString(0, limit) : text.ToString();
    }

    private static bool IsLeftOut(IElement e)
    {
        if (e.LocalName is "footer" or "aside" or "nav" or "script" or "style" or "noscript" or "template" or "select")
            return true;
        var marks = Marks(e);
        return marks.Contains("comment") || marks.Contains("related") || marks.Contains("sidebar") || marks.Contains("footer") || marks.Contains("cookie");
    }

    /// <summary>The first plausible date in a short text.</summary>
    public static DateValue? In(string text, bool monthFirst, DateTimeOffset now)
    {
        try
        {
            // Every form has a four-digit year: the patterns run only on the few characters before each year
            // (a long text would cost every pattern at every position).
            foreach (Match year in Year().Matches(text))
            {
                var from = Math.Max(0, year.Index - 40);
                var to = Math.Min(text.Length, year.Index + year.Length + 6); // "2019-10-19": the month and day follow
                foreach (var candidate in Dates(text[from..to], monthFirst))
                    if (candidate.IsPlausible(now))
                        return candidate;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The texts are a few hundred characters; a pathological one is no date rather than a failed page.
        }
        return null;
    }

    private static IEnumerable<DateValue> Dates(string text, bool monthFirst)
    {
        var found = new List<(int At, DateValue Value)>();
        foreach (Match m in DayMonthYear.Matches(text))
            if (Make(m.Groups["y"].Value, Months[m.Groups["m"].Value], m.Groups["d"].Value) is { } v)
                found.Add((m.Index, v));
        foreach (Match m in MonthDayYear.Matches(text))
            if (Make(m.Groups["y"].Value, Months[m.Groups["m"].Value], m.Groups["d"].Value) is { } v)
                found.Add((m.Index, v));
        foreach (Match m in IsoDay().Matches(text))
            if (Make(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } v)
                found.Add((m.Index, v));
        foreach (Match m in NumericDay().Matches(text))
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            // 19.10.2019 is day first; with slashes, a number over 12 decides, else the page's language (en-US: month first).
            var dayFirst = m.Groups["sep"].Value != "/" || a > 12 || (b <= 12 && !monthFirst);
            var (day, month) = dayFirst ? (a, b) : (b, a);
            if (Make(m.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture)) is { } v)
                found.Add((m.Index, v));
        }
        return found.OrderBy(f => f.At).Select(f => f.Value);
    }

    private static DateValue? Make(string year, int month, string day) =>
        int.TryParse(day, CultureInfo.InvariantCulture, out var d) && int.TryParse(year, CultureInfo.InvariantCulture, out var y)
            ? DateValue.OfDay(y, month, d)
            : null;

    /// <summary>Elements a page marks as holding its date or byline, outside comments, related stories and footers.</summary>
    private static IEnumerable<IElement> DateElements(IDocument document)
    {
        foreach (var element in document.Body?.Descendants<IElement>() ?? [])
        {
            var marks = Marks(element);
            if (marks.Length > 1 && DateMark().IsMatch(marks) && !Excluded(element))
                yield return element;
        }
    }

    private static bool Excluded(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "footer" or "aside" or "nav" or "script" or "style")
                return true;
            var marks = Marks(e);
            if (marks.Contains("comment") || marks.Contains("related") || marks.Contains("sidebar"))
                return true;
        }
        return false;
    }

    /// <summary>An element's class and id, in lower case: what a page marks it as.</summary>
    private static string Marks(IElement element) => ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();

    private static string Head(string text) => text.Length > 200 ? text[..200] : text;

    /// <summary>The text that follows an element in document order, up to a number of characters.</summary>
    private static string TextAfter(IElement element, int limit)
    {
        var text = new System.Text.StringBuilder();
        for (var node = Next(element); node is not null && text.Length < limit; node = Next(node))
        {
            if (node is IElement { LocalName: "script" or "style" })
            {
                node = LastDescendant(node);
                continue;
            }
            if (node is IText t)
                text.Append(t.Data).Append(' ');
        }
        return text.Length > limit ? text.ToString(0, limit) : text.ToString();
    }

    // Document order without descending into the start element itself.
    private static INode? Next(INode node)
    {
        if (node is IElement && node.FirstChild is { } child && node is not IElement { LocalName: "h1" })
            return child;
        for (var n = node; n is not null; n = n.Parent)
            if (n.NextSibling is { } sibling)
                return sibling;
        return null;
    }

    private static INode LastDescendant(INode node)
    {
        while (node.LastChild is { } last)
            node = last;
        return node;
    }

    [GeneratedRegex(@"date|byline|publish|posted|datum|fecha|dateline|entry-meta|post-meta|article-meta|submitted|(?<![a-z])time(?![a-z])")]
    private static partial Regex DateMark();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?!\d)")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"(?<![\d.])(?<a>[0-3]?\d)(?<sep>[./])(?<b>[0-3]?\d)\k<sep>(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex NumericDay();
}
