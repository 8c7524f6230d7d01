using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Fetching;

/// <summary>
/// The fetching acceptance: one batch against a local server on 127.0.0.1 with every kind of trouble; each
/// URL gets its own status and message, and the batch finishes.
/// </summary>
public class FetchBatchTests
{
    private const string Article = "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>" +
        "<p>The city council voted on Monday to extend the budget for public libraries by two years after a long debate.</p>" +
        "<p>Residents who spoke at the meeting said the branches were the only quiet places left for students.</p></article></body></html>";

    private static LocalHttpServer TroubleServer()
    {
        var server = new LocalHttpServer()
            .Route("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n")
            .Route("/ok", 200, "text/html; charset=utf-8", Article)
            .Route("/private/page", 200, "text/html", Article)
            .Route("/missing", 404, "text/html", "<h1>Not Found</h1>")
            .Route("/forbidden", 403, "text/html", "<html><body><h1>403 Forbidden</h1><p>Access denied.</p></body></html>")
            .Route("/challenge", 200, "text/html", "<html><head><title>Just a moment...</title></head><body>Checking your browser before accessing the site.</body></html>")
            .Route("/report.pdf", 200, "application/pdf", "%PDF-1.4 binary")
            .Route("/c", 200, "text/html", Article);
        server.Handle("/a", (context, _) => Redirect(context, 301, "/b"));
        server.Handle("/b", (context, _) => Redirect(context, 302, "/c"));
        server.Handle("/loop1", (context, _) => Redirect(context, 301, "/loop2"));
        server.Handle("/loop2", (context, _) => Redirect(context, 301, "/loop1"));
        server.Handle("/busy-once", async (context, calls) =>
        {
            if (calls == 0)
            {
                context.Response.AddHeader("Retry-After", "1");
                await Reply(context, 429, "text/plain", "slow down");
            }
            else
            {
                await Reply(context, 200, "text/html", Article);
            }
        });
        server.Handle("/always-busy", async (context, _) =>
        {
            context.Response.AddHeader("Retry-After", "1");
            await Reply(context, 429, "text/plain", "slow down");
        });
        server.Handle("/flaky", (context, calls) => calls == 0 ? Reply(context, 500, "text/plain", "oops") : Reply(context, 200, "text/html", Article));
        server.Handle("/stall", async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            context.Response.ContentLength64 = 100_000;
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("<html><body><p>The first words arrive"));
            await context.Response.OutputStream.FlushAsync();
            await Task.Delay(Timeout.Infinite, server.Stopping); // and the rest never does
        });
        server.Handle("/huge", async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            context.Response.SendChunked = true; // no length announced: the cap must stop the reading
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 200; i++)
                await context.Response.OutputStream.WriteAsync(block, server.Stopping);
        });
        var bomb = GzipOfZeros(100 * 1024 * 1024);
        server.Handle("/bomb", async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            context.Response.AddHeader("Content-Encoding", "gzip");
            context.Response.ContentLength64 = bomb.Length;
            await context.Response.OutputStream.WriteAsync(bomb);
        });
        return server;
    }

    private static Task Redirect(System.Net.HttpListenerContext context, int status, string location)
    {
        context.Response.StatusCode = status;
        context.Response.RedirectLocation = location;
        return Task.CompletedTask;
    }

    private static async Task Reply(System.Net.HttpListenerContext context, int status, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    private static byte[] GzipOfZeros(int size)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
                gzip.Write(zeros);
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Every_kind_of_trouble_gets_its_status_and_the_batch_finishes()
    {
        using var server = TroubleServer();
        string[] paths = ["/ok", "/a", "/loop1", "/missing", "/forbidden", "/challenge", "/busy-once", "/always-busy", "/flaky",
                          "/stall", "/huge", "/bomb", "/private/page", "/report.pdf"];
        var run = await CliRunner.RunAsync([
            "extract", .. paths.Select(server.Url), "--format", "jsonl", "--ordered", "--parallel", "4",
            .. LocalFetch.CliArgs, "--http-timeout", "2", "--retries", "1", "--max-input-mb", "5"]);
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        var records = run.JsonLines().ToDictionary(r => new Uri(r.GetProperty("source").GetString()!).AbsolutePath);
        Assert.Equal(paths.Length, records.Count);
        records.Values.ToList().ForEach(SchemaValidator.AssertValid);

        (string Status, string? Code, string? Message) Outcome(string path)
        {
            var record = records[path];
            var error = record.GetProperty("errors").EnumerateArray().LastOrDefault();
            return (record.GetProperty("status").GetString()!,
                error.ValueKind == JsonValueKind.Object ? error.GetProperty("code").GetString() : null,
                error.ValueKind == JsonValueKind.Object ? error.GetProperty("message").GetString() : null);
        }

        Assert.Equal("ok", Outcome("/ok").Status);
        Assert.Equal("ok", Outcome("/a").Status);
        Assert.Equal(server.Url("/c"), records["/a"].GetProperty("url").GetString()); // url is where the redirects ended
        Assert.Equal(("failed", "fetch_failed"), (Outcome("/loop1").Status, Outcome("/loop1").Code));
        Assert.Contains("redirect loop", Outcome("/loop1").Message);
        Assert.Equal(("failed", "http_error", "HTTP 404 Not Found"), Outcome("/missing"));
        Assert.Equal(("blocked", "blocked"), (Outcome("/forbidden").Status, Outcome("/forbidden").Code));
        Assert.Contains("HTTP 403", Outcome("/forbidden").Message);
        Assert.Equal(("blocked", "blocked"), (Outcome("/challenge").Status, Outcome("/challenge").Code));
        Assert.Contains("challenge", Outcome("/challenge").Message);
        Assert.Equal("ok", Outcome("/busy-once").Status);
        Assert.Equal(2, server.Hits("/busy-once")); // waited as asked, then got the page
        Assert.Equal(("failed", "http_error"), (Outcome("/always-busy").Status, Outcome("/always-busy").Code));
        Assert.Contains("429", Outcome("/always-busy").Message);
        Assert.Contains("after 2 attempts", Outcome("/always-busy").Message);
        Assert.Equal("ok", Outcome("/flaky").Status);
        Assert.Equal(("failed", "timeout"), (Outcome("/stall").Status, Outcome("/stall").Code));
        Assert.Equal(("failed", "too_large"), (Outcome("/huge").Status, Outcome("/huge").Code));
        Assert.Equal(("failed", "too_large"), (Outcome("/bomb").Status, Outcome("/bomb").Code));
        Assert.Contains("after decompression", Outcome("/bomb").Message);
        Assert.Equal(("blocked", "robots_disallowed"), (Outcome("/private/page").Status, Outcome("/private/page").Code));
        Assert.Equal(0, server.Hits("/private/page")); // never asked for
        Assert.Equal(("failed", "unsupported_content"), (Outcome("/report.pdf").Status, Outcome("/report.pdf").Code));
    }

    [Fact]
    public async Task Robots_can_be_ignored_on_request()
    {
        using var server = TroubleServer();
        var run = await CliRunner.RunAsync(["extract", server.Url("/private/page"), "--format", "jsonl", .. LocalFetch.CliArgs, "--ignore-robots"]);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(0, server.Hits("/robots.txt"));
    }

    [Fact]
    public async Task Loopback_addresses_are_refused_unless_allowed()
    {
        using var server = TroubleServer();
        var run = await CliRunner.RunAsync("extract", server.Url("/ok"), "--format", "jsonl", "--host-delay", "0");
        var record = Assert.Single(run.JsonLines());
        var error = record.GetProperty("errors").EnumerateArray().Last();
        Assert.Equal("private_address", error.GetProperty("code").GetString());
        Assert.Contains("--allow-private", error.GetProperty("message").GetString());
        Assert.Equal(0, server.Hits("/ok"));
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_host_delay()
    {
        var starts = new List<DateTime>();
        using var server = new LocalHttpServer();
        server.Handle("/robots.txt", (context, _) => Reply(context, 404, "text/plain", ""));
        foreach (var path in new[] { "/1", "/2", "/3" })
            server.Handle(path, (context, _) =>
            {
                lock (starts)
                    starts.Add(DateTime.UtcNow);
                return Reply(context, 200, "text/html", Article);
            });
        var run = await CliRunner.RunAsync("extract", server.Url("/1"), server.Url("/2"), server.Url("/3"), "--format", "jsonl",
            "--allow-private", "--host-delay", "0.5", "--parallel", "3");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var ordered = starts.Order().ToList();
        Assert.Equal(3, ordered.Count);
        // The gate spaces the starts 0.5 s apart; one request can still arrive late (it was seen 490 ms late, landing
        // 10 ms before the next), so the test holds the three to two delays from first to last, less some jitter.
        // Without a delay the three arrived within 430 ms here (first connections, JIT).
        var span = ordered[^1] - ordered[0];
        Assert.True(span >= TimeSpan.FromMilliseconds(800), $"three requests arrived within {span.TotalMilliseconds} ms");
    }
}
