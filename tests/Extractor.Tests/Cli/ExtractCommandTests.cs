using System.Globalization;
using CsvHelper;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The acceptance runs of the extract command on the shipped samples.</summary>
public class ExtractCommandTests
{
    private static readonly string[] SampleArticles = Directory.GetFiles(RepoPaths.Samples)
        .Where(f => f.EndsWith(".txt") || f.EndsWith(".html"))
        .ToArray();

    [Fact]
    public async Task The_kctv_sample_gives_one_contract_record_with_its_date_and_full_body()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--format", "json");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var record = run.Json();
        SchemaValidator.AssertValid(record);
        Assert.Equal("2020-06-03", record.GetProperty("published").GetString());
        Assert.Equal("date_line", record.GetProperty("published_source").GetString());
        var text = record.GetProperty("text").GetString()!;
        Assert.StartsWith("KANSAS CITY, MO (KCTV) – Local groups are asking for the resignation", text);
        Assert.EndsWith("calling for Chief Smith to resign: https://t.co/2XKFq9jlbb— Kaci Jones (@KaciKCTV5) June 3, 2020", text);
        Assert.DoesNotContain("date 2020-06-03", text);
        var body = File.ReadAllText(RepoPaths.Kctv).Trim();
        Assert.EndsWith(text, body); // nothing of the body is lost, only the date marker in front
        Assert.Equal(ExpectedSha256(text), record.GetProperty("text_sha256").GetString());
    }

    [Fact]
    public async Task Stats_lists_every_stage_with_its_documents()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--stats", "-q");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        foreach (var stage in new[] { "decode", "entities", "quotes", "officials", "demands" })
            Assert.Matches($@"extractor: {stage} +\d+ +1 ", run.Stderr);
    }

    [Fact]
    public async Task The_samples_folder_gives_one_jsonl_line_per_sample()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "--format", "jsonl");
        var records = run.JsonLines();
        Assert.Equal(SampleArticles.Length, records.Count);
        Assert.True(records.Count >= 4);
        Assert.All(records, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
        Assert.All(records, SchemaValidator.AssertValid);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("skipped", run.Stderr); // README.md and licences are passed over, and that is said
    }

    [Fact]
    public async Task Html_samples_have_their_page_title_and_no_script_text()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "--format", "jsonl", "--glob", "*.html");
        var records = run.JsonLines();
        Assert.NotEmpty(records);
        Assert.All(records, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString()));
            Assert.DoesNotContain("function(", r.GetProperty("text").GetString());
        });
    }

    [Fact]
    public async Task Csv_output_reads_back_with_a_header_row()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "--format", "csv");
        using var reader = new CsvReader(new StringReader(run.Stdout), CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        Assert.True(reader.ReadHeader());
        Assert.Equal(["article_id", "source", "article_title", "published", "kind", "text", "value", "name", "title",
            "organization", "speaker", "actor", "target", "start", "end"], reader.HeaderRecord!);
        while (reader.Read())
            Assert.False(string.IsNullOrEmpty(reader.GetField("kind")));
    }

    [Fact]
    public async Task Csv_into_a_folder_writes_the_articles_and_mentions_tables()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "tables") + "/";
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "/nonexistent.txt", "--format", "csv", "--output", target);
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        using var reader = new CsvReader(new StreamReader(Path.Combine(target, "articles.csv")), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(SampleArticles.Length + 1, rows.Count);
        var failed = rows.Single(r => (string)r["status"] == "failed");
        Assert.Contains("read/not_found", (string)failed["errors"]);
        var kctv = rows.Single(r => ((string)r["source"]).EndsWith("kctv-2020-06-03.txt"));
        Assert.Equal("2020-06-03", kctv["published"]);
        Assert.StartsWith("KANSAS CITY", (string)kctv["text"]);
        Assert.StartsWith("article_id,kind,text,value", File.ReadAllText(Path.Combine(target, "mentions.csv")));
    }

    [Fact]
    public async Task Output_file_gets_the_records_and_stdout_stays_empty()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "out", "records.jsonl");
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, RepoPaths.Kctv, "-f", "jsonl", "-o", path);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Input_list_reads_inputs_one_per_line()
    {
        using var temp = new TempFolder();
        var list = temp.File("inputs.txt", $"# my study\n{RepoPaths.Kctv}\n\n{temp.File("b.txt", "Second story.")}\n");
        var run = await CliRunner.RunAsync("extract", "--input-list", list, "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(2, run.JsonLines().Count);
    }

    [Fact]
    public async Task Stdin_json_lines_to_stdout_make_a_pipe_mapper()
    {
        const string vote = "The city council voted seven to two on Monday night to cut the police budget by ten percent next year.";
        var stdin = "{\"id\": \"s1\", \"text\": \"Workers walked out.\"}\n{\"id\": \"s2\", \"html\": \"<p>" + vote + "</p><p>" + vote + "</p>\"}\n";
        var run = await CliRunner.RunAsync(["extract", "-", "--format", "jsonl", "--quiet"], stdin);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(["s1", "s2"], run.JsonLines().Select(r => r.GetProperty("article_id").GetString()).Order()); // written as done; --ordered keeps input order
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Stdin_text_is_one_article()
    {
        var run = await CliRunner.RunAsync(["extract", "-"], "date 2020-06-03\nGroups rallied downtown.");
        var record = run.Json();
        Assert.Equal(("-", "2020-06-03", "Groups rallied downtown."),
            (record.GetProperty("source").GetString(), record.GetProperty("published").GetString(), record.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Quiet_drops_the_summary_but_not_the_failures()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "/nonexistent.txt", "--quiet");
        Assert.DoesNotContain("documents:", run.Stderr);
        Assert.Contains("/nonexistent.txt", run.Stderr);
    }

    private static string ExpectedSha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
