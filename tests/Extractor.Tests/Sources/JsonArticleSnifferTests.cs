using System.Text;
using Extractor.Cli;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

/// <summary>JSON files beside articles that hold no articles are skipped, however they are laid out.</summary>
public class JsonArticleSnifferTests
{
    private static bool Holds(string json) => JsonArticleSniffer.FirstRecordHoldsArticle(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_record_with_html_text_or_url_at_its_own_level_holds_an_article()
    {
        Assert.True(Holds("{\"id\": 1, \"text\": \"The council met.\"}\n{\"id\": 2}"));
        Assert.True(Holds("[\n  {\n    \"title\": \"x\",\n    \"html\": \"<p>x</p>\"\n  }\n]"));
        Assert.True(Holds("{\"url\": \"https://example.org/a\"}"));
        Assert.True(Holds("\uFEFF{\"text\": \"with a byte-order mark\"}"));
    }

    [Fact]
    public void A_pretty_printed_metadata_file_with_text_only_deeper_down_holds_none()
    {
        Assert.False(Holds("{\n  \"V1\": {\n    \"authors\": [\"A\"],\n    \"body\": {\"text\": \"deep\"}\n  }\n}"));
        Assert.False(Holds("{\"id\": \"gold-1\", \"organizations\": [{\"name\": \"NAACP\"}]}"));
    }

    [Fact]
    public void Unclear_cases_are_left_to_the_reader()
    {
        Assert.True(Holds("")); // empty: the reader reports it
        Assert.True(Holds("{\"id\": 1, \"text\"")); // cut before the record ends
        Assert.True(Holds("not json at all")); // malformed: the reader reports the line
        Assert.True(Holds("[1, 2, 3]")); // not objects: the reader says so
    }

    [Fact]
    public async Task A_folder_skips_a_pretty_printed_expectations_file_and_reads_the_gzipped_pages_beside_it()
    {
        using var temp = new TempFolder();
        var story = File.ReadAllText(RepoPaths.Kctv);
        temp.File("site/Expectations.json", "{\n  \"V1\": {\n    \"title\": \"Chief\",\n    \"body\": {\"paragraphs\": [\"" + new string('x', 100_000) + "\"]}\n  }\n}");
        temp.File("site/Page_2020_06_03.txt.gz", Gzipped.Of(story));
        var run = await CliRunner.RunAsync("extract", Path.Combine(temp.Path, "site"), "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Single(run.JsonLines());
        Assert.Contains("1 file(s) in folders skipped", run.Stderr);
    }
}
