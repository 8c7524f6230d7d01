using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>Gzipped files are read as the file inside them; a cut, false or inflating one fails alone.</summary>
public class GzipInputTests
{
    [Fact]
    public async Task A_folder_of_gzipped_html_text_and_json_lines_gives_one_record_per_article()
    {
        using var temp = new TempFolder();
        var story = File.ReadAllText(RepoPaths.Kctv);
        temp.File("archive/a.txt.gz", Gzipped.Of(story));
        temp.File("archive/b.html.gz", Gzipped.Of($"<html><head><title>Council vote</title></head><body><article><p>{story.Replace("\n\n", "</p><p>")}</p></article></body></html>"));
        temp.File("archive/c.jsonl.gz", Gzipped.Of("{\"id\":\"one\",\"text\":\"The council met on Monday.\"}\n{\"id\":\"two\",\"text\":\"The mayor spoke on Tuesday.\"}\n"));
        temp.File("archive/notes.gz", Gzipped.Of("not an article type")); // no kind inside: skipped like notes.dat
        var run = await CliRunner.RunAsync("extract", Path.Combine(temp.Path, "archive"), "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var records = run.JsonLines();
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
        var fromText = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("a.txt.gz"));
        Assert.Contains(fromText.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Rick Smith");
        var fromHtml = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("b.html.gz"));
        Assert.Equal("Council vote", fromHtml.GetProperty("title").GetString());
        Assert.Contains("Rick Smith", fromHtml.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_cut_gzip_file_fails_alone_with_a_clear_message()
    {
        using var temp = new TempFolder();
        var whole = Gzipped.Of(File.ReadAllText(RepoPaths.Kctv) + new string('x', 5000));
        var cut = temp.File("cut.txt.gz", whole[..(whole.Length / 2)]);
        var run = await CliRunner.RunAsync("extract", cut, RepoPaths.Kctv, "--format", "jsonl");
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        var bad = run.JsonLines().Single(r => r.GetProperty("source").GetString() == cut);
        Assert.Equal("failed", bad.GetProperty("status").GetString());
        var error = bad.GetProperty("errors")[0];
        Assert.Equal("unreadable", error.GetProperty("code").GetString());
        Assert.Contains("gzip", error.GetProperty("message").GetString());
        Assert.Contains("cut.txt.gz", run.Stderr);
    }

    [Fact]
    public async Task A_file_named_gz_that_is_not_gzip_fails_alone()
    {
        using var temp = new TempFolder();
        var fake = temp.File("fake.html.gz", "<html><body>plain html</body></html>");
        var run = await CliRunner.RunAsync("extract", fake, RepoPaths.Kctv, "--format", "jsonl");
        var bad = run.JsonLines().Single(r => r.GetProperty("source").GetString() == fake);
        Assert.Equal("unreadable", bad.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(2, run.JsonLines().Count);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_once_it_inflates_past_the_limit()
    {
        using var temp = new TempFolder();
        var bomb = temp.File("bomb.html.gz", Gzipped.Of(new string(' ', 3 * 1024 * 1024)));
        var run = await CliRunner.RunAsync("extract", bomb, "--format", "jsonl", "--max-input-mb", "1");
        var error = run.JsonLines().Single().GetProperty("errors")[0];
        Assert.Equal("too_large", error.GetProperty("code").GetString());
        Assert.Contains("inflates", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cut_gzipped_json_lines_file_keeps_the_records_before_the_cut()
    {
        using var temp = new TempFolder();
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Record {i} of the council minutes, {Guid.NewGuid()}.\"}}\n"));
        var whole = Gzipped.Of(lines);
        var cut = temp.File("dump.jsonl.gz", whole[..(whole.Length / 2)]);
        var run = await CliRunner.RunAsync("extract", cut, "--format", "jsonl");
        var records = run.JsonLines();
        Assert.InRange(records.Count(r => r.GetProperty("status").GetString() == "ok"), 100, 2999);
        var cutNotice = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("#end"));
        Assert.Contains("ends early", cutNotice.GetProperty("errors")[0].GetProperty("message").GetString()); // the cut is said, not silent
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
    }

    private static string Records(int from, int count) =>
        string.Concat(Enumerable.Range(from, count).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Record {i} of the council minutes, {Guid.NewGuid()}.\"}}\n"));

    [Fact]
    public async Task Concatenated_gzip_files_are_read_whole_without_a_false_cut()
    {
        using var temp = new TempFolder();
        var dump = temp.File("dump.jsonl.gz", [.. Gzipped.Of(Records(0, 200)), .. Gzipped.Of(Records(200, 300))]);
        var story = File.ReadAllText(RepoPaths.Kctv);
        var half = story.Length / 2;
        var text = temp.File("story.txt.gz", [.. Gzipped.Of(story[..half]), .. Gzipped.Of(story[half..])]);
        var run = await CliRunner.RunAsync("extract", dump, text, "--format", "jsonl");
        var records = run.JsonLines();
        Assert.Equal(501, records.Count);
        Assert.All(records, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
        var joined = records.Single(r => r.GetProperty("source").GetString() == text).GetProperty("text").GetString();
        Assert.Contains("Rick Smith", joined); // from the first member
        Assert.Contains("Gwen Grant", joined); // from the second
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
    }

    [Fact]
    public async Task Concatenated_gzip_files_cut_in_the_last_one_are_still_called_cut()
    {
        using var temp = new TempFolder();
        var second = Gzipped.Of(Records(200, 3000));
        var dump = temp.File("dump.jsonl.gz", [.. Gzipped.Of(Records(0, 200)), .. second[..(second.Length / 2)]]);
        var records = (await CliRunner.RunAsync("extract", dump, "--format", "jsonl")).JsonLines();
        var cutNotice = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("#end"));
        Assert.Contains("ends early", cutNotice.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
