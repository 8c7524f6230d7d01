using Extractor.Dates;
using Extractor.Evaluation;
using Extractor.Tests.Support;

namespace Extractor.Tests.Dates;

public class TimeMlTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TEXT>
        The board <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> after
        <TIMEX3 tid="t2" type="DURATION" value="P5Y">five years</TIMEX3> of talks &amp; plans, and will meet again in
        <TIMEX3 tid="t3" type="DATE" value="2013-06">June</TIMEX3>. It was founded in <TIMEX3 tid="t4" type="DATE" value="1953">1953</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void A_tempeval_file_reads_into_text_gold_spans_and_its_creation_date()
    {
        using var temp = new TempFolder();
        var document = TimeMlReader.ReadTempEval(temp.File("doc.tml", Tml));
        Assert.Equal(new DateOnly(2013, 3, 22), document.CreationDate);
        Assert.DoesNotContain("<", document.Text);
        Assert.Contains("talks & plans", document.Text);
        Assert.Equal(["Friday", "five years", "June", "1953"], document.Gold.Select(g => document.Text[g.Start..g.End]));
        Assert.Equal(TimexType.Duration, document.Gold[1].Type);
    }

    [Fact]
    public void The_tagger_scores_every_date_of_the_small_file()
    {
        using var temp = new TempFolder();
        var document = TimeMlReader.ReadTempEval(temp.File("doc.tml", Tml));
        var score = new TimexScore();
        score.Add(document, DateTagger.Tag(document.Text, document.CreationDate));
        Assert.Equal((3, 3, 3), (score.Gold, score.Predicted, score.RelaxedMatches));
        Assert.Equal(1.0, score.ValueAccuracy);
        Assert.Equal(1.0, score.Strict.F);
    }

    [Fact]
    public void A_wrong_value_and_a_missed_date_lower_the_scores()
    {
        using var temp = new TempFolder();
        var document = TimeMlReader.ReadTempEval(temp.File("doc.tml", Tml));
        var score = new TimexScore();
        score.Add(document, [new Timex(document.Gold[0].Start, document.Gold[0].End, TimexType.Date, "2013-03-15")]);
        Assert.Equal(0.0, score.ValueAccuracy);
        Assert.Equal(1.0 / 3, score.Relaxed.R, 3);
        Assert.Equal(2, score.Misses.Count(m => m.Contains("missed")));
    }
}
