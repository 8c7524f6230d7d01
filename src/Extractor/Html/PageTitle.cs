using AngleSharp.Dom;

namespace Extractor.Html;

/// <summary>The page's title as it announces it: og:title, else &lt;title&gt;. The metadata stage will refine this.</summary>
public static class PageTitle
{
    public static string? Of(IDocument document)
    {
        var og = document.QuerySelector("meta[property='og:title'], meta[name='og:title']")?.GetAttribute("content");
        var title = string.IsNullOrWhiteSpace(og) ? document.Title : og;
        return string.IsNullOrWhiteSpace(title) ? null : string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
