using AngleSharp.Html.Parser;
using Extractor.Decoding;
using Extractor.Evaluation;
using Extractor.Html.Metadata;

namespace Extractor.Bench;

/// <summary>For tuning: how often each title source alone equals the expected title.</summary>
internal static class TitleProbe
{
    public static void Run(List<BenchPage> pages)
    {
        var hits = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var html = TextDecoder.Decode(page.Html, true, null, null).Text;
            var document = new HtmlParser().ParseDocument(html);
            var meta = new MetaTags(document);
            var ld = JsonLdReader.Read(document);
            var site = meta.First("og:site_name");
            var candidates = new Dictionary<string, string?>
            {
                ["ld"] = ld.FirstOrDefault(a => a.Type is not ("WebPage" or "VideoObject"))?.Headline,
                ["og"] = meta.First("og:title"),
                ["og-stripped"] = meta.First("og:title") is { } og ? TitleFinder.WithoutSiteName(og, site) : null,
                ["twitter"] = meta.First("twitter:title"),
                ["h1"] = document.QuerySelector("h1")?.TextContent is { } h ? MetaTags.Clean(h) : null,
                ["article-h1"] = document.QuerySelector("article h1, main h1")?.TextContent is { } ah ? MetaTags.Clean(ah) : null,
                ["title-stripped"] = TitleFinder.WithoutSiteName(MetaTags.Clean(document.Title ?? ""), site),
                ["finder"] = TitleFinder.Find(document, meta, ld, site),
            };
            var ldStripped = candidates["ld"] is { } l ? TitleFinder.WithoutSiteName(l, site) : null;
            var titleStripped = string.IsNullOrWhiteSpace(candidates["title-stripped"]) ? null : candidates["title-stripped"];
            candidates["S1"] = candidates["og-stripped"] ?? ldStripped ?? candidates["h1"] ?? titleStripped;
            candidates["S2"] = Vote([candidates["og-stripped"], ldStripped, candidates["h1"], titleStripped, candidates["twitter"]]);
            candidates["S3"] = candidates["h1"] is { } h1 && new[] { candidates["og-stripped"], ldStripped, titleStripped }.Any(c => c is not null && MetadataMatch.FoldTitle(c).Contains(MetadataMatch.FoldTitle(h1))) ? h1 : candidates["S1"];
            candidates["S4"] = Vote([ldStripped, candidates["og-stripped"], candidates["h1"], titleStripped, candidates["twitter"]]);
            candidates["S5"] = Vote([ldStripped, candidates["og-stripped"], candidates["h1"], titleStripped]);
            candidates["S6"] = Vote([ldStripped, candidates["og-stripped"], candidates["h1"]]);
            candidates["S7"] = Vote([candidates["og-stripped"], ldStripped, candidates["h1"]]);
            candidates["vote"] = Vote([candidates["ld"], candidates["og-stripped"], candidates["h1"], candidates["title-stripped"], candidates["twitter"]]);
            candidates["vote-h1first"] = Vote([candidates["h1"], candidates["ld"], candidates["og-stripped"], candidates["title-stripped"], candidates["twitter"]]);
            candidates["vote-ogfirst"] = Vote([candidates["og-stripped"], candidates["ld"], candidates["h1"], candidates["title-stripped"], candidates["twitter"]]);
            foreach (var (name, value) in candidates)
                if (MetadataMatch.TitleEqual(value, page.Title))
                    hits[name] = hits.GetValueOrDefault(name) + 1;
            if (Environment.GetEnvironmentVariable("SHOW") == "1" && MetadataMatch.TitleEqual(candidates["finder"], page.Title) && !MetadataMatch.TitleEqual(candidates["S6"], page.Title))
                Console.WriteLine($"S6WRONG {page.Id}: exp '{page.Title}' S6 '{candidates["S6"]}' ld '{ldStripped}' og '{candidates["og-stripped"]}' h1 '{candidates["h1"]}'");
            if (Environment.GetEnvironmentVariable("SHOW") == "1" && !MetadataMatch.TitleEqual(candidates["S1"], page.Title))
                Console.WriteLine($"MISS {page.Id}: right = {string.Join(",", candidates.Where(c => MetadataMatch.TitleEqual(c.Value, page.Title)).Select(c => c.Key))}; finder took '{candidates["finder"]}'; ld='{candidates["ld"]}' h1='{candidates["h1"]}'");
            if (candidates.Values.All(v => !MetadataMatch.TitleEqual(v, page.Title)))
                hits["none"] = hits.GetValueOrDefault("none") + 1;
        }
        foreach (var (name, count) in hits.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{name}: {count}/{pages.Count}");
    }

    private static string? Vote(string?[] ordered)
    {
        string? best = null;
        var bestVotes = 0;
        foreach (var candidate in ordered)
        {
            if (string.IsNullOrWhiteSpace(candidate))
                continue;
            var votes = ordered.Count(o => o is not null && MetadataMatch.FoldTitle(o) == MetadataMatch.FoldTitle(candidate));
            if (votes > bestVotes)
            {
                best = candidate;
                bestVotes = votes;
            }
        }
        return best;
    }
}
