using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

/// <summary>A gzipped .json file is read whole only while it inflates within the input cap.</summary>
public class JsonRecordReaderGzipTests
{
    private static async Task<List<SourceDocument>> Read(string path, long cap)
    {
        var records = new List<SourceDocument>();
        await foreach (var record in JsonRecordReader.ReadFileAsync(path, new SourceOptions { MaxInputBytes = cap }, CancellationToken.None))
            records.Add(record);
        return records;
    }

    // One article object over several lines, padded with blanks far beyond its compressed size.
    private static readonly string PrettyArticle = "{\n  \"id\": \"one\",\n  \"text\": \"The council met on Monday.\"" + new string(' ', 5000) + "\n}\n";

    [Fact]
    public async Task Within_the_cap_a_pretty_printed_json_gz_is_one_record()
    {
        using var temp = new TempFolder();
        var path = temp.File("one.json.gz", Gzipped.Of(PrettyArticle));
        var record = Assert.Single(await Read(path, 1024 * 1024));
        Assert.Null(record.LoadError);
    }

    [Fact]
    public async Task Past_the_cap_it_is_not_read_whole_but_line_by_line()
    {
        using var temp = new TempFolder();
        var path = temp.File("one.json.gz", Gzipped.Of(PrettyArticle));
        Assert.True(new FileInfo(path).Length < 1000); // the file itself is under the cap; only its inflated size is over
        var records = await Read(path, 1000);
        Assert.True(records.Count > 1);
        Assert.All(records, r => Assert.Equal("malformed_json", r.LoadError?.Code));
    }
}
