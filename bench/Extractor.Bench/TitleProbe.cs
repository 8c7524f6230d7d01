using AngleSharp.Html.Parser;
using Extractor.Decoding;
using Extractor.Evaluation;
using Extractor.Html.Metadata;

namespace Extractor.Bench;

/// <summary>For tuning: how often each title source alone equals the expected title, and the finder's misses.</summary>
internal static class TitleProbe
{
    public static void Run(List<BenchPage> pages)
    {
        var hits = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(TextDecoder.Decode(page.Html, true, null, null).Text);
            var meta = new MetaTags(document);
            var ld = JsonLdReader.Read(document);
            var site = meta.First("og:site_name");
            var candidates = new Dictionary<string, string?>
            {
                ["json-ld"] = ld.FirstOrDefault(a => a.Type is not ("WebPage" or "VideoObject"))?.Headline,
                ["og"] = meta.First("og:title"),
                ["twitter"] = meta.First("twitter:title"),
                ["h1"] = document.QuerySelector("h1")?.TextContent is { } h ? MetaTags.Clean(h) : null,
                ["title"] = document.Title is { } t ? MetaTags.Clean(t) : null,
                ["finder"] = TitleFinder.Find(document, meta, ld, site),
            };
            foreach (var (name, value) in candidates)
                if (MetadataMatch.TitleEqual(value, page.Title))
                    hits[name] = hits.GetValueOrDefault(name) + 1;
            if (!MetadataMatch.TitleEqual(candidates["finder"], page.Title))
            {
                var right = candidates.Where(c => MetadataMatch.TitleEqual(c.Value, page.Title)).Select(c => c.Key);
                Console.WriteLine($"miss {page.Id}: expected '{page.Title}', took '{candidates["finder"]}', right: {string.Join(",", right)}");
            }
        }
        foreach (var (name, count) in hits.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{name}: {count}/{pages.Count}");
    }
}
