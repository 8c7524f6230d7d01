using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

/// <summary>Issue 15, item 6: article_id is unique and stable, whatever way a file is named.</summary>
public class ArticleIdTests
{
    private static readonly string Relative = Path.GetRelativePath(Environment.CurrentDirectory, RepoPaths.Samples);

    private static async Task<List<string>> IdsAsync(params string[] args)
    {
        var run = await CliRunner.RunAsync(["extract", .. args, "--format", "jsonl", "--ordered"]);
        return run.JsonLines().Select(r => r.GetProperty("article_id").GetString()!).ToList();
    }

    [Fact]
    public async Task A_folder_named_relatively_with_dot_slash_or_absolutely_gives_the_same_ids()
    {
        var relative = await IdsAsync(Relative);
        var dotted = await IdsAsync("." + Path.DirectorySeparatorChar + Relative + Path.DirectorySeparatorChar);
        var absolute = await IdsAsync(RepoPaths.Samples);

        Assert.Equal(5, relative.Count);
        Assert.Equal(relative, dotted);
        Assert.Equal(relative, absolute);
    }

    [Fact]
    public async Task Resuming_with_the_folder_spelt_three_ways_writes_each_article_once()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out.jsonl");
        foreach (var spelling in new[] { Relative, "./" + Relative, RepoPaths.Samples })
            await CliRunner.RunAsync("extract", spelling, "--format", "jsonl", "--output", output, "--resume");

        Assert.Equal(5, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Id_less_standard_input_lines_are_known_by_their_content_not_their_line_number()
    {
        // Two mappers of a Hadoop or Spark job each see their own line 1.
        var first = await CliRunner.RunAsync(["extract", "-", "--format", "jsonl"], "{\"text\": \"The mayor was asked to resign on Monday.\"}\n");
        var second = await CliRunner.RunAsync(["extract", "-", "--format", "jsonl"], "{\"text\": \"The council met on Tuesday.\"}\n");
        var again = await CliRunner.RunAsync(["extract", "-", "--format", "jsonl"], "\n{\"text\": \"The mayor was asked to resign on Monday.\"}\n");
        var given = await CliRunner.RunAsync(["extract", "-", "--format", "jsonl"], "{\"id\": \"doc-7\", \"text\": \"The council met on Tuesday.\"}\n");

        string Id(CliRunner.Result run) => run.JsonLines().Single().GetProperty("article_id").GetString()!;
        Assert.NotEqual(Id(first), Id(second));
        Assert.Equal(Id(first), Id(again)); // the same record on another line
        Assert.Equal("doc-7", Id(given));
    }
}
