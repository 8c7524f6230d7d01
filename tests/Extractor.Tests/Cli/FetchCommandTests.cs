using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The fetch command's own checks: what it refuses before fetching anything, and its input list.</summary>
public class FetchCommandTests
{
    [Theory]
    [InlineData("no URL given")]
    [InlineData("not an http(s) URL: story.html", "story.html")]
    [InlineData("--input-list: no such file", "-i", "/nonexistent/urls.txt")]
    public async Task Bad_command_lines_are_usage_errors_and_write_nothing(string message, params string[] extra)
    {
        using var temp = new TempFolder();
        var warc = Path.Combine(temp.Path, "out.warc.gz");
        var run = await CliRunner.RunAsync(["fetch", .. extra, "--warc", warc]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(File.Exists(warc));
    }

    [Fact]
    public async Task Urls_from_an_input_list_are_fetched_and_a_missing_response_is_reported()
    {
        using var temp = new TempFolder();
        using var server = new LocalHttpServer().Route("/a", 200, "text/html", "<p>A page.</p>");
        var list = temp.File("urls.txt", $"# two URLs\n{server.Url("/a")}\nhttp://127.0.0.1:{LocalHttpServer.ClosedPort()}/b\n");
        var warc = Path.Combine(temp.Path, "out.warc");
        var run = await CliRunner.RunAsync(["fetch", "-i", list, "--warc", warc, "--retries", "0", .. LocalFetch.CliArgs]);
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        Assert.Contains("2 URL(s): 1 response(s) stored", run.Stderr);
        Assert.Contains("not stored: http://127.0.0.1:", run.Stderr);
        Assert.Contains("WARC-Type: response", File.ReadAllText(warc));
    }
}
