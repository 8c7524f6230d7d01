using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Extractor.Model;
using Extractor.Output;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Output;

public class WriterTests
{
    private static Article Sample(string source)
    {
        var article = Articles.FromText("date 2020-06-03\nGroups met the chief.", source);
        article.Dates.Add(new DateMention("June 3, 2020", "2020-06-03", "day", 0, 12));
        article.Organizations.Add(new Organization("Kansas City Police Department", ["KCPD"], [new Mention(5, 9)]));
        article.Quotes.Add(new Quote("=HYPERLINK(\"http://evil\")", "Rodney Williams", "NAACP", "said", 1, 20));
        article.Demands.Add(new Demand("Rick Smith resign", "NAACP", "Rick Smith", "resign", "calling for", 3, 30));
        return article;
    }

    private static async Task<string> Write(OutputFormat format, params Article[] articles)
    {
        var stream = new MemoryStream();
        await using (var writer = ArticleWriters.ForStream(format, stream, leaveOpen: true))
        {
            foreach (var article in articles)
                await writer.WriteAsync(article, CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Json_is_an_object_for_one_article_and_an_array_otherwise()
    {
        using var one = JsonDocument.Parse(await Write(OutputFormat.Json, Sample("a")));
        Assert.Equal(JsonValueKind.Object, one.RootElement.ValueKind);
        using var three = JsonDocument.Parse(await Write(OutputFormat.Json, Sample("a"), Sample("b"), Sample("c")));
        Assert.Equal(["a", "b", "c"], three.RootElement.EnumerateArray().Select(e => e.GetProperty("source").GetString()));
        using var none = JsonDocument.Parse(await Write(OutputFormat.Json));
        Assert.Equal(0, none.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Jsonl_is_one_valid_record_per_line_with_every_contract_field()
    {
        var lines = (await Write(OutputFormat.Jsonl, Sample("a"), Sample("b"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            SchemaValidator.AssertValid(doc.RootElement);
            Assert.Equal("Kansas City Police Department", doc.RootElement.GetProperty("organizations")[0].GetProperty("name").GetString());
            Assert.Equal("NAACP", doc.RootElement.GetProperty("quotes")[0].GetProperty("speaker_affiliation").GetString());
        }
    }

    [Fact]
    public async Task Json_keeps_non_ascii_readable()
    {
        var article = Articles.FromText("“Zürich” – naïve");
        var json = await Write(OutputFormat.Jsonl, article);
        Assert.Contains("“Zürich” – naïve", json);
    }

    [Fact]
    public async Task Csv_has_a_header_a_row_per_item_and_no_live_formulas()
    {
        var csv = await Write(OutputFormat.Csv, Sample("a"));
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["date", "organization", "quote", "demand"], rows.Select(r => (string)r["kind"]));
        Assert.All(rows, r => Assert.Equal("a", r["source"]));
        Assert.All(rows, r => Assert.Equal("2020-06-03", r["published"]));
        Assert.Equal("2020-06-03", rows[0]["value"]);
        Assert.Equal("resign", rows[3]["value"]);
        Assert.Equal("Rick Smith", rows[3]["target"]);
        Assert.False(((string)rows[2]["text"]).StartsWith('='), "a formula cell must be escaped");
    }

    [Fact]
    public async Task Csv_folder_writes_both_tables()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "t") + "/";
        await using (var writer = ArticleWriters.ForPath(OutputFormat.Csv, folder))
        {
            await writer.WriteAsync(Sample("a"), CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }
        var articles = File.ReadAllLines(Path.Combine(folder, "articles.csv"));
        Assert.Equal(string.Join(',', CsvTables.ArticleColumns), articles[0]);
        var mentions = File.ReadAllLines(Path.Combine(folder, "mentions.csv"));
        Assert.Equal(string.Join(',', CsvTables.MentionColumns), mentions[0]);
        Assert.Equal(5, mentions.Length);
    }

    [Fact]
    public void The_schema_rejects_a_record_that_breaks_the_contract()
    {
        var record = System.Text.Json.Nodes.JsonNode.Parse(ArticleJson.Serialize(Sample("a")))!.AsObject();
        record["status"] = "fine";
        record.Remove("dates");
        using var broken = JsonDocument.Parse(record.ToJsonString());
        var problems = SchemaValidator.Problems(broken.RootElement);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Failed_records_validate_too()
    {
        var article = Extractor.Pipeline.ExtractionPipeline.CreateDefault()
            .Process(SourceDocument.Failed("x.txt", ErrorCodes.NotFound, "no such file: x.txt"));
        using var doc = JsonDocument.Parse(ArticleJson.Serialize(article));
        SchemaValidator.AssertValid(doc.RootElement);
        Assert.Equal("", doc.RootElement.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("text_sha256").ValueKind);
    }
}
