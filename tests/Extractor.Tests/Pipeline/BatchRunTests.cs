using System.Text.Json;
using Extractor.Cli;
using Extractor.Model;
using Extractor.Output;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

/// <summary>Parallel runs, input order, shards and resume, on a folder of small articles.</summary>
public class BatchRunTests
{
    private static string Corpus(TempFolder temp, int count)
    {
        for (var i = 0; i < count; i++)
            temp.File($"in/{i / 100:D3}/doc{i:D5}.txt",
                $"date 2020-06-{1 + i % 28:D2}\nThe Urban League of Kansas City met on Monday. Article number {i} says Mayor Quinton Lucas spoke for {i % 7 + 1} minutes.");
        return Path.Combine(temp.Path, "in");
    }

    private static List<string> Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToList();

    private static string Id(string line) => JsonDocument.Parse(line).RootElement.GetProperty("article_id").GetString()!;

    [Fact]
    public async Task Two_workers_give_the_same_records_as_one_and_ordered_keeps_input_order()
    {
        using var temp = new TempFolder();
        var input = Corpus(temp, 120);
        var one = await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-p", "1", "--ordered", "-q");
        var two = await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-p", "2", "--ordered", "-q");
        var unordered = await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-p", "2", "-q");
        Assert.Equal(ExitCodes.Ok, two.ExitCode);
        Assert.Equal(120, one.JsonLines().Count);
        Assert.Equal(one.Stdout, two.Stdout); // same records in the same (input) order
        Assert.Equal(one.Stdout.Split('\n').Order(), unordered.Stdout.Split('\n').Order());
    }

    [Fact]
    public async Task Shards_together_are_the_whole_run_without_overlap()
    {
        using var temp = new TempFolder();
        var input = Corpus(temp, 200);
        var whole = (await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-q")).JsonLines().Select(r => r.GetProperty("article_id").GetString()).ToList();
        var parts = new List<string?>();
        for (var k = 0; k < 3; k++)
        {
            var part = (await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-q", "--shard", $"{k}/3")).JsonLines();
            Assert.InRange(part.Count, 30, 110); // each shard gets a fair part
            parts.AddRange(part.Select(r => r.GetProperty("article_id").GetString()));
        }
        Assert.Equal(whole.Order(), parts.Order());
    }

    [Fact]
    public async Task Resume_after_an_interrupted_run_with_a_torn_line_gives_the_whole_set_once()
    {
        using var temp = new TempFolder();
        var input = Corpus(temp, 300);
        var full = Path.Combine(temp.Path, "full.jsonl");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-o", full, "-q")).ExitCode);

        // An interrupted run: stopped after 120 records, the process killed while writing the next line.
        var partial = Path.Combine(temp.Path, "partial.jsonl");
        using var stop = new CancellationTokenSource();
        var pipeline = ExtractionPipeline.CreateDefault();
        await using (var writer = ArticleWriters.ForPath(OutputFormat.Jsonl, partial))
        {
            var written = 0;
            var runner = new ExtractionRunner(pipeline, writer, _ => { if (++written == 120) stop.Cancel(); });
            var documents = new InputExpander(new SourceOptions()).EnumerateAsync([input], CancellationToken.None);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(documents, new RunOptions { Parallelism = 2 }, stop.Token));
        }
        var before = Lines(partial);
        Assert.InRange(before.Count, 120, 299);
        await File.AppendAllTextAsync(partial, Lines(full)[^1][..40]); // a torn last line

        var resumed = await CliRunner.RunAsync("extract", input, "-f", "jsonl", "-o", partial, "--resume");
        Assert.Equal(ExitCodes.Ok, resumed.ExitCode);
        Assert.Contains("torn last record", resumed.Stderr);
        Assert.Contains($"{before.Count} skipped", resumed.Stderr);

        var after = Lines(partial);
        Assert.All(after, line => JsonDocument.Parse(line)); // every line is a whole record
        Assert.Equal(after.Count, after.Select(Id).Distinct().Count()); // no duplicates
        Assert.Equal(Lines(full).Select(Id).Order(), after.Select(Id).Order());
        Assert.Equal(Lines(full).Order(), after.Order()); // the same records, not only the same ids
    }

    [Fact]
    public async Task As_a_stdin_mapper_the_parts_of_a_file_give_the_records_of_the_whole()
    {
        // What Hadoop Streaming and Spark's RDD.pipe do: split JSON Lines input, run the CLI on each split's
        // standard input, concatenate the outputs.
        var lines = Enumerable.Range(0, 30).Select(i =>
            JsonSerializer.Serialize(new { id = $"r{i}", text = $"Mayor Quinton Lucas spoke on Monday for {i} minutes about the budget.", published = "2020-06-03" })).ToList();
        using var temp = new TempFolder();
        var whole = await CliRunner.RunAsync("extract", temp.File("all.jsonl", string.Join('\n', lines) + "\n"), "-f", "jsonl", "-q");
        var parts = new List<JsonElement>();
        foreach (var split in lines.Chunk(11))
        {
            var run = await CliRunner.RunAsync(["extract", "-", "-f", "jsonl", "-q"], string.Join('\n', split) + "\n");
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            parts.AddRange(run.JsonLines());
        }
        static string WithoutSource(JsonElement record) =>
            string.Join(',', record.EnumerateObject().Where(p => p.Name != "source").Select(p => p.Name + "=" + p.Value.GetRawText()));
        Assert.Equal(30, parts.Count);
        Assert.Equal(whole.JsonLines().Select(WithoutSource).Order(), parts.Select(WithoutSource).Order());
    }

    [Fact]
    public void Shard_parsing_refuses_what_is_not_K_of_N()
    {
        Assert.Equal(new Shard(2, 4), Shard.Parse("2/4"));
        Assert.Throws<FormatException>(() => Shard.Parse("4/4"));
        Assert.Throws<FormatException>(() => Shard.Parse("1"));
        Assert.Throws<FormatException>(() => Shard.Parse("-1/3"));
    }

    [Fact]
    public async Task Resume_needs_a_jsonl_output_file()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--resume");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--resume needs --format jsonl and --output FILE", run.Stderr);
    }
}
