using System.Text.Json;
using System.IO.Compression;
using System.Text;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Fetching;

/// <summary>WARC files: what fetch stores reads back as the live extraction; foreign archives (Common Crawl style) stream their pages.</summary>
public class WarcTests
{
    private const string Article = "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>" +
        "<p>The city council voted on Monday to extend the budget for public libraries by two years after a long debate.</p>" +
        "<p>“We will not close a single branch this year,” Mayor Ann Lee said after the vote on June 3, 2020.</p></article></body></html>";

    [Fact]
    public async Task A_warc_written_by_fetch_gives_the_same_records_as_the_live_responses()
    {
        using var temp = new TempFolder();
        using var server = new LocalHttpServer()
            .Route("/ok", 200, "text/html; charset=utf-8", Article)
            .Route("/latin", 200, "text/html; charset=windows-1252", Encoding.Latin1.GetBytes(Article.Replace("council", "conseil municipal de Montr\u00e9al")))
            .Route("/c", 200, "text/html", Article)
            .Route("/missing", 404, "text/html", "<h1>Not Found</h1>")
            .Route("/forbidden", 403, "text/html", "<h1>Forbidden</h1>")
            .Route("/challenge", 200, "text/html", "<title>Just a moment...</title>")
            .Route("/report.pdf", 200, "application/pdf", "%PDF-1.4");
        server.Handle("/a", (context, _) =>
        {
            context.Response.StatusCode = 301;
            context.Response.RedirectLocation = "/c";
            return Task.CompletedTask;
        });
        var urls = new[] { "/ok", "/latin", "/a", "/missing", "/forbidden", "/challenge", "/report.pdf" }.Select(server.Url).ToArray();
        var warc = Path.Combine(temp.Path, "crawl.warc.gz");

        var fetch = await CliRunner.RunAsync(["fetch", .. urls, "--warc", warc, .. LocalFetch.CliArgs]);
        Assert.Equal(ExitCodes.Ok, fetch.ExitCode);
        Assert.Contains("7 response(s) stored", fetch.Stderr);

        var live = await CliRunner.RunAsync(["extract", .. urls, "--format", "jsonl", .. LocalFetch.CliArgs]);
        var offline = await CliRunner.RunAsync("extract", warc, "--format", "jsonl");
        Assert.Equal(7, offline.JsonLines().Count);
        // The same records but for article_id: a WARC record is known by its WARC-Record-ID, a live page by its URL.
        Assert.Equal(WithoutIds(live.JsonLines()), WithoutIds(offline.JsonLines()));
        Assert.Equal(7, offline.JsonLines().Select(r => r.GetProperty("article_id").GetString()).Distinct().Count());
        Assert.Equal(2, server.Hits("/ok")); // once by fetch, once live: extracting the WARC asked the server nothing
    }

    [Fact]
    public async Task Two_records_of_one_url_are_two_documents_with_their_own_ids_and_resume_keeps_both()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "twice.warc");
        using (var file = File.Create(path))
            foreach (var (id, day) in new[] { ("00000000-0000-0000-0000-000000000001", "Monday"), ("00000000-0000-0000-0000-000000000002", "Tuesday") })
                Member(file, "response", "https://news.example/story", "application/http;msgtype=response",
                    Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nThe council met on {day} and asked the mayor to resign."), gzip: false, recordId: id);
        var output = Path.Combine(temp.Path, "out.jsonl");

        var first = await CliRunner.RunAsync("extract", path, "--format", "jsonl", "--output", output, "--resume");
        var again = await CliRunner.RunAsync("extract", path, "--format", "jsonl", "--output", output, "--resume");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Ok, again.ExitCode);
        var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article_id").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_common_crawl_style_warc_yields_only_its_pages()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "cc.warc.gz");
        using (var file = File.Create(path))
        {
            Member(file, "warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray());
            Member(file, "request", "https://news.example/story", "application/http;msgtype=request", "GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray());
            Member(file, "response", "https://news.example/old", "application/http;msgtype=response",
                "HTTP/1.1 301 Moved Permanently\r\nLocation: https://news.example/story\r\n\r\n"u8.ToArray());
            // A page stored as sent: chunked and gzip-compressed.
            var gz = new MemoryStream();
            using (var g = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
                g.Write(Encoding.UTF8.GetBytes(Article));
            var body = gz.ToArray();
            var chunked = new MemoryStream();
            chunked.Write(Encoding.ASCII.GetBytes($"{body.Length / 2:X}\r\n"));
            chunked.Write(body, 0, body.Length / 2);
            chunked.Write(Encoding.ASCII.GetBytes($"\r\n{body.Length - body.Length / 2:X}\r\n"));
            chunked.Write(body, body.Length / 2, body.Length - body.Length / 2);
            chunked.Write("\r\n0\r\n\r\n"u8);
            Member(file, "response", "https://news.example/story", "application/http;msgtype=response",
                [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray(), .. chunked.ToArray()]);
            Member(file, "response", "https://news.example/logo.png", "application/http;msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u0089PNG"u8.ToArray());
        }
        var run = await CliRunner.RunAsync("extract", path, "--format", "jsonl");
        var record = Assert.Single(run.JsonLines());
        Assert.Equal("ok", record.GetProperty("status").GetString());
        Assert.Equal("https://news.example/story", record.GetProperty("source").GetString());
        Assert.Equal("Council votes", record.GetProperty("title").GetString());
        Assert.Contains("Ann Lee", record.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_truncated_warc_ends_with_one_failed_record_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "cut.warc");
        using (var file = File.Create(path))
            Member(file, "response", "https://news.example/story", "application/http;msgtype=response",
                Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Article), gzip: false);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, [.. bytes, .. "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200"u8.ToArray()]);
        var run = await CliRunner.RunAsync("extract", path, RepoPaths.Kctv, "--format", "jsonl", "--ordered");
        var records = run.JsonLines();
        Assert.Equal(3, records.Count);
        Assert.Equal(["ok", "failed", "ok"], records.Select(r => r.GetProperty("status").GetString()));
        Assert.Contains("after 1 record", records[1].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static void Member(Stream file, string type, string? uri, string contentType, byte[] block, bool gzip = true, string? recordId = null)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\n" + (uri is null ? "" : $"WARC-Target-URI: {uri}\r\n") +
                     (recordId is null ? "" : $"WARC-Record-ID: <urn:uuid:{recordId}>\r\n") +
                     $"WARC-Date: 2020-06-03T12:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        byte[] record = [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8.ToArray()];
        if (!gzip)
        {
            file.Write(record);
            return;
        }
        using var g = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        g.Write(record);
    }

    private static List<string> WithoutIds(List<System.Text.Json.JsonElement> records) => records
        .Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.GetRawText())!.AsObject())
        .Select(o => { o.Remove("article_id"); return o.ToJsonString(); })
        .Order(StringComparer.Ordinal).ToList();
}
