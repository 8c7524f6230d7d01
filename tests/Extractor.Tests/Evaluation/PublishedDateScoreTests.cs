using Extractor.Evaluation;

namespace Extractor.Tests.Evaluation;

public class PublishedDateScoreTests
{
    [Fact]
    public void Outcomes_follow_htmldate_s_measure_on_the_day()
    {
        var score = new PublishedDateScore();
        Assert.Equal(PublishedDateScore.Outcome.TruePositive, score.Add("2019-10-19T08:00:00+02:00", "2019-10-19"));
        Assert.Equal(PublishedDateScore.Outcome.FalsePositive, score.Add("2019-10-18", "2019-10-19"));
        Assert.Equal(PublishedDateScore.Outcome.FalsePositive, score.Add("2019-10-18", null));
        Assert.Equal(PublishedDateScore.Outcome.FalseNegative, score.Add(null, "2019-10-19"));
        Assert.Equal(PublishedDateScore.Outcome.TrueNegative, score.Add(null, null));

        Assert.Equal(0.4, score.Accuracy);
        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall);
    }
}
