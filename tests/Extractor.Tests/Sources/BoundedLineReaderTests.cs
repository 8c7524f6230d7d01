using Extractor.Model;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

public class BoundedLineReaderTests
{
    private static async Task<List<BoundedLineReader.Line>> Lines(string text, long max)
    {
        var reader = new BoundedLineReader(new StringReader(text), max);
        var lines = new List<BoundedLineReader.Line>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
            lines.Add(line);
        return lines;
    }

    [Theory]
    [InlineData("a\nbb\r\nccc\rd", new[] { "a", "bb", "ccc", "d" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("", new string[0])]
    public async Task Lines_end_as_TextReader_ends_them(string text, string[] expected)
    {
        Assert.Equal(expected, (await Lines(text, 100)).Select(l => l.Text));
        var reference = new List<string>();
        using var plain = new StringReader(text);
        while (plain.ReadLine() is { } line)
            reference.Add(line);
        Assert.Equal(reference, expected);
    }

    [Fact]
    public async Task A_crlf_split_across_two_buffer_fills_is_one_line_ending()
    {
        // The reader fills 64K characters at a time: put the \r last in the first fill and the \n first in the next.
        var first = new string('x', 64 * 1024 - 1);
        var lines = await Lines(first + "\r\nnext", 1_000_000);
        Assert.Equal([first, "next"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_line_over_the_limit_is_dropped_with_its_length_and_the_next_line_still_reads()
    {
        var huge = new string('x', 200_000);
        var lines = await Lines($"short\n{huge}\nafter\n", 1000);
        Assert.Equal(["short", null, "after"], lines.Select(l => l.Text));
        Assert.Equal(200_000, lines[1].Length);
    }

    [Fact]
    public async Task A_jsonl_record_on_a_line_far_over_the_input_cap_fails_too_large_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        var huge = $"{{\"id\":\"big\",\"text\":\"{new string('a', 3 * 1024 * 1024)}\"}}";
        var path = temp.File("dump.jsonl", $"{huge}\n{{\"id\":\"small\",\"text\":\"The council met on Monday.\"}}\n");
        var records = new List<SourceDocument>();
        await foreach (var record in JsonRecordReader.ReadFileAsync(path, new SourceOptions { MaxInputBytes = 1024 * 1024 }, CancellationToken.None))
            records.Add(record);
        Assert.Equal(2, records.Count);
        Assert.Equal(ErrorCodes.TooLarge, records[0].LoadError?.Code);
        Assert.EndsWith("#L1", records[0].Source);
        Assert.Contains("line 1 is", records[0].LoadError!.Message); // refused by length, before any parsing
        Assert.Null(records[1].LoadError);
    }
}
