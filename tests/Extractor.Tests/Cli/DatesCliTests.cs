using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public class DatesCliTests
{
    [Fact]
    public async Task The_kctv_sample_gives_its_dates_normalized()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--format", "json");
        var dates = run.Json().GetProperty("dates").EnumerateArray().ToList();
        Assert.Equal(["2017", "2020-06-03"], dates.Select(d => d.GetProperty("value").GetString()).Distinct().Order());
        var text = run.Json().GetProperty("text").GetString()!;
        Assert.All(dates, d => Assert.Equal(d.GetProperty("text").GetString(), text[d.GetProperty("start").GetInt32()..d.GetProperty("end").GetInt32()]));
        Assert.Contains(dates, d => d.GetProperty("granularity").GetString() == "year");
    }

    [Fact]
    public async Task Reference_date_anchors_articles_without_a_publication_date()
    {
        const string story = "Workers walked out on Tuesday, a week after talks failed.";
        var without = await CliRunner.RunAsync(["extract", "-"], story);
        var with = await CliRunner.RunAsync(["extract", "-", "--reference-date", "2020-04-01"], story);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, without.Json().GetProperty("dates")[0].GetProperty("value").ValueKind);
        Assert.Equal("2020-03-31", with.Json().GetProperty("dates")[0].GetProperty("value").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, with.Json().GetProperty("published").ValueKind); // a reference is not a publication date
    }

    [Fact]
    public async Task A_bad_reference_date_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--reference-date", "June 3");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Stderr);
    }

    [Fact]
    public async Task Eval_timex_prints_the_scores_of_a_folder()
    {
        using var temp = new TempFolder();
        temp.File("mini/doc.tml", """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> and in <TIMEX3 tid="t2" type="DATE" value="2012">2012</TIMEX3>.</TEXT></TimeML>
            """);
        var run = await CliRunner.RunAsync("eval", "timex", Path.Combine(temp.Path, "mini"));
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var row = run.Stdout.Split('\n').Single(l => l.StartsWith("mini "));
        Assert.Matches(@"^mini\s+1\s+2\s+2\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000", row);
    }

    [Fact]
    public async Task Eval_timex_on_a_missing_folder_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("eval", "timex", "/nonexistent/timeml");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
