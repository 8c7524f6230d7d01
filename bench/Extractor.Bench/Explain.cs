using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Html.MainText;

namespace Extractor.Bench;

/// <summary>For tuning: where the page's expected text sits, which ancestors the extractor drops, and what it chose.</summary>
internal static class Explain
{
    public static void Page(BenchPage page)
    {
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Html));
        var longest = page.Body.Split('\n').OrderByDescending(l => l.Length).First();
        var words = longest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fragment = string.Join(' ', words.Skip(2).Take(5));
        Console.WriteLine($"fragment: {fragment}");
        var holder = document.Body?.Descendants<IText>().FirstOrDefault(t => string.Join(' ', t.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Contains(fragment));
        for (var e = holder?.ParentElement; e is not null; e = e.ParentElement)
        {
            var flags = (MainTextHints.DroppedTags.Contains(e.LocalName) ? " DROPPED-TAG" : "") + (MainTextHints.IsHidden(e) ? " HIDDEN" : "")
                        + " " + MainTextHints.Classify(e);
            Console.WriteLine($"  <{e.LocalName} class='{e.GetAttribute("class")}' id='{e.Id}'>{flags}");
        }
        var result = MainTextExtractor.Extract(document);
        Console.WriteLine($"method: {result.Method}, {result.Blocks} blocks");
        Console.WriteLine(result.Text.Length > 1500 ? result.Text[..1500] + " ..." : result.Text);
    }
}
