using System.IO.Compression;
using System.Text.Json;

namespace Extractor.Bench;

/// <summary>One page of a benchmark set: its bytes (decompressed before timing) and what is expected of it.</summary>
internal sealed record BenchPage(string Id, string Url, byte[] Html, string Body, string? Title, string? Published, IReadOnlyList<string>? Authors, bool DateSuspect);

internal static class PageSet
{
    /// <summary>article-extraction-benchmark: ground-truth.json and html/&lt;id&gt;.html.gz.</summary>
    public static List<BenchPage> LoadArticleBenchmark(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        return truth.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new BenchPage(p.Name, p.Value.GetProperty("url").GetString() ?? "",
                Gunzip(Path.Combine(folder, "html", p.Name + ".html.gz")), p.Value.GetProperty("articleBody").GetString() ?? "",
                null, null, null, false))
            .ToList();
    }

    /// <summary>article-metadata (fundus): expectations.jsonl with title, published, authors and body per page.</summary>
    public static List<BenchPage> LoadArticleMetadata(string folder)
    {
        var pages = new List<BenchPage>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "expectations.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            pages.Add(new BenchPage(e.GetProperty("file").GetString()!, e.GetProperty("url").GetString() ?? "",
                Gunzip(Path.Combine(folder, e.GetProperty("file").GetString()!)), e.GetProperty("body").GetString() ?? "",
                e.GetProperty("title").GetString(), e.GetProperty("published").GetString(),
                e.GetProperty("authors").ValueKind == JsonValueKind.Array ? e.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList() : [],
                e.TryGetProperty("date_suspect", out var s) && s.GetBoolean()));
        }
        return pages;
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
