using System.Text.Json;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// Each kind of bad input gets its own record with a clear status and message, the good input next to it still
/// comes out, and the exit code is 1.
/// </summary>
public class BadInputTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task<(CliRunner.Result Run, JsonElement Bad, JsonElement Good)> RunWithGoodNeighbour(string badInput, params string[] extra)
    {
        var run = await CliRunner.RunAsync(["extract", badInput, RepoPaths.Kctv, "--format", "jsonl", .. extra]);
        var records = run.JsonLines();
        var good = records.Single(r => r.GetProperty("source").GetString() == RepoPaths.Kctv);
        var bad = records.Single(r => r.GetProperty("source").GetString() != RepoPaths.Kctv);
        SchemaValidator.AssertValid(bad);
        Assert.Equal("ok", good.GetProperty("status").GetString());
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        return (run, bad, good);
    }

    private static (string Status, string Stage, string Code, string Message) Error(JsonElement record)
    {
        var error = record.GetProperty("errors").EnumerateArray().Last();
        return (record.GetProperty("status").GetString()!, error.GetProperty("stage").GetString()!,
            error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task Missing_file()
    {
        var (run, bad, _) = await RunWithGoodNeighbour("/nonexistent/story.txt");
        var (status, stage, code, message) = Error(bad);
        Assert.Equal(("failed", "read", "not_found"), (status, stage, code));
        Assert.Contains("/nonexistent/story.txt", message);
        Assert.Contains("failed: /nonexistent/story.txt", run.Stderr);
    }

    [Fact]
    public async Task Empty_file()
    {
        using var temp = new TempFolder();
        var (run, bad, _) = await RunWithGoodNeighbour(temp.File("empty.txt", ""));
        var (status, _, code, message) = Error(bad);
        Assert.Equal(("empty", "empty_input"), (status, code));
        Assert.Contains("empty", message);
        Assert.Contains("empty: ", run.Stderr);
    }

    [Fact]
    public async Task Binary_file_even_with_a_text_extension()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "picture.png", "picture.txt" })
        {
            var (_, bad, _) = await RunWithGoodNeighbour(temp.File(name, Png));
            var (status, stage, code, message) = Error(bad);
            Assert.Equal(("failed", "decode", "binary"), (status, stage, code));
            Assert.Contains("PNG", message);
        }
    }

    [Fact]
    public async Task Invalid_utf8_text_names_the_offset_and_the_way_out()
    {
        using var temp = new TempFolder();
        var bytes = "Caf\u00e9 owners protest"u8.ToArray().Concat(new byte[] { 0x20, 0xE9, 0x74, 0xE9 }).ToArray();
        var (_, bad, _) = await RunWithGoodNeighbour(temp.File("latin1.txt", bytes));
        var (status, _, code, message) = Error(bad);
        Assert.Equal(("failed", "invalid_encoding"), (status, code));
        Assert.Contains("offset", message);
        Assert.Contains("--encoding", message);
    }

    [Fact]
    public async Task Invalid_utf8_decodes_when_the_charset_is_given()
    {
        using var temp = new TempFolder();
        var path = temp.File("latin1.txt", [0x43, 0x61, 0x66, 0xE9]);
        var run = await CliRunner.RunAsync("extract", path, "--encoding", "windows-1252", "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("Café", run.JsonLines()[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_without_being_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "huge.txt");
        using (var stream = File.Create(path))
            stream.SetLength(50L * 1024 * 1024);
        var (_, bad, _) = await RunWithGoodNeighbour(path);
        var (status, _, code, message) = Error(bad);
        Assert.Equal(("failed", "too_large"), (status, code));
        Assert.Contains("50 MB", message);
        Assert.Contains("--max-input-mb", message);
    }

    private const string Strike = "Workers at the warehouse went on strike on Tuesday, demanding masks, hazard pay and paid sick leave.";

    [Fact]
    public async Task A_malformed_jsonl_line_fails_alone()
    {
        using var temp = new TempFolder();
        var path = temp.File("batch.jsonl",
            "{\"id\": \"a1\", \"text\": \"The council met on Monday.\"}\n" +
            "{\"id\": \"a2\", \"text\": \"broken\n" +
            "{\"id\": \"a3\", \"html\": \"<html><body><p>" + Strike + "</p><p>" + Strike + "</p></body></html>\", \"published\": \"2020-04-01\"}\n" +
            "{\"id\": \"a4\", \"url\": \"https://example.org/x\"}\n");
        var run = await CliRunner.RunAsync("extract", path, "--format", "jsonl", "--ordered");
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        var records = run.JsonLines();
        Assert.Equal(4, records.Count);
        Assert.Equal(["ok", "failed", "ok", "failed"], records.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("malformed_json", Error(records[1]).Code);
        Assert.EndsWith("#L2", records[1].GetProperty("source").GetString());
        Assert.Equal("missing_content", Error(records[3]).Code);
        Assert.Equal("a3", records[2].GetProperty("article_id").GetString());
        Assert.Equal("2020-04-01", records[2].GetProperty("published").GetString());
        Assert.Equal(Strike + "\n" + Strike, records[2].GetProperty("text").GetString());
        records.ForEach(SchemaValidator.AssertValid);
    }

    [Fact]
    public async Task An_unreachable_url_fails_with_fetch_failed()
    {
        var url = $"http://127.0.0.1:{LocalHttpServer.ClosedPort()}/story.html";
        var (_, bad, _) = await RunWithGoodNeighbour(url, "--http-timeout", "10", "--allow-private", "--retries", "0");
        var (status, stage, code, message) = Error(bad);
        Assert.Equal(("failed", "read", "fetch_failed"), (status, stage, code));
        Assert.Contains("127.0.0.1", message);
    }

    [Fact]
    public async Task A_page_without_text_is_empty_not_junk()
    {
        using var temp = new TempFolder();
        var path = temp.File("blank.html", "<html><head><title>Home</title><script>var a = 1;</script></head><body><div></div></body></html>");
        var (_, bad, _) = await RunWithGoodNeighbour(path);
        var (status, stage, code, _) = Error(bad);
        Assert.Equal(("empty", "maintext", "no_article"), (status, stage, code));
        Assert.Equal("", bad.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unsupported_scheme_fails_clearly()
    {
        var (_, bad, _) = await RunWithGoodNeighbour("ftp://example.org/story.txt");
        Assert.Equal(("failed", "unsupported_input"), (Error(bad).Status, Error(bad).Code));
    }
}
