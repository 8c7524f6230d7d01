using Extractor.Cli;
using Extractor.Model;
using Extractor.Sources;

namespace Extractor.Tests.Cli;

public class ProgressLineTests
{
    private static Article WithStatus(string status)
    {
        var article = new Article(new SourceDocument { Source = "x" });
        if (status != ArticleStatus.Ok)
            article.Fail("read", "x", "x", status);
        return article;
    }

    [Fact]
    public async Task The_line_counts_each_status_and_gives_an_eta_once_the_total_is_known()
    {
        var error = new StringWriter();
        await using var progress = new ProgressLine(error);
        Assert.DoesNotContain("ETA", progress.Text());
        foreach (var status in new[] { ArticleStatus.Ok, ArticleStatus.Ok, ArticleStatus.Failed, ArticleStatus.Blocked, ArticleStatus.Empty })
            progress.Count(WithStatus(status));
        progress.SetTotal(20);
        var text = progress.Text();
        Assert.Contains("5/20 documents", text);
        Assert.Contains("2 ok · 1 failed · 1 empty · 1 blocked", text);
        Assert.Contains("ETA", text);
    }

    [Fact]
    public async Task Piped_stderr_gets_only_the_summary_line()
    {
        var run = await Support.CliRunner.RunAsync("extract", Support.RepoPaths.Kctv);
        Assert.Equal("extractor: 1 document: 1 ok, 0 empty, 0 failed, 0 blocked\n", run.Stderr.Replace("\r\n", "\n"));
    }
}
