using System.Text;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>Issue 15, item 9: encodings that are text, charsets that are not, and bad lines in the files a command reads.</summary>
public class EncodingAndUsageTests
{
    private const string Story = "The council met on Monday and asked the mayor to resign.";

    [Theory]
    [InlineData("utf-16le", false)]
    [InlineData(null, false)]
    [InlineData("utf-16be", true)]
    [InlineData(null, true)]
    public async Task Utf16_without_a_byte_order_mark_is_read_as_text(string? charset, bool bigEndian)
    {
        using var temp = new TempFolder();
        var file = temp.File("story.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Story));

        var run = await CliRunner.RunAsync(["extract", file, "--format", "jsonl", .. charset is null ? Array.Empty<string>() : ["--encoding", charset]]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(Story, run.JsonLines().Single().GetProperty("text").GetString());
    }

    [Fact]
    public void A_binary_file_with_zeros_at_both_offsets_is_not_taken_for_utf16()
    {
        var bytes = new byte[64];
        for (var i = 0; i < bytes.Length; i += 3)
            bytes[i] = 0x41;
        Assert.Null(Decoding.Utf16Guess.Of(bytes));
        Assert.NotNull(Decoding.BinarySniffer.Describe(bytes));
    }

    [Fact]
    public async Task An_unknown_encoding_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--encoding", "klingon");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--encoding klingon", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Eval_with_predictions_that_are_not_json_names_the_line_and_exits_2()
    {
        using var temp = new TempFolder();
        var predictions = temp.File("bad.jsonl", "{\"article_id\": \"a\"}\n{\"bad json\n");

        var run = await CliRunner.RunAsync("eval", Path.Combine(RepoPaths.Samples, "gold.jsonl"), "--pred", predictions);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("bad.jsonl line 2", run.Stderr);
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
    }

    [Theory]
    [InlineData("published", "{\"page\": \"x.html\"}\n{\"bad json\n", "set.jsonl line 2")]
    [InlineData("snippets", "{\"page\": \"x.html\"}\n", "record 1 has no \"id\"")]
    public async Task Page_evaluations_with_a_bad_set_file_say_where_and_exit_2(string verb, string content, string message)
    {
        using var temp = new TempFolder();
        var set = temp.File("set.jsonl", content);

        var run = await CliRunner.RunAsync("eval", verb, set);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
    }

    [Fact]
    public async Task Fetch_with_one_bad_line_in_its_list_names_it_and_fetches_the_rest()
    {
        using var temp = new TempFolder();
        using var server = new LocalHttpServer().Route("/a", 200, "text/html", "<p>A page.</p>");
        var list = temp.File("urls.txt", $"{server.Url("/a")}\nnot a url\n");
        var warc = Path.Combine(temp.Path, "out.warc");

        var run = await CliRunner.RunAsync(["fetch", "-i", list, "--warc", warc, .. LocalFetch.CliArgs]);

        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        Assert.Contains("urls.txt line 2: not an http(s) URL: not a url", run.Stderr);
        Assert.Contains("2 URL(s): 1 response(s) stored", run.Stderr);
        Assert.Equal(1, server.Hits("/a"));
    }
}
