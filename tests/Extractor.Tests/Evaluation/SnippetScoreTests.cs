using Extractor.Evaluation;

namespace Extractor.Tests.Evaluation;

public class SnippetScoreTests
{
    [Fact]
    public void Strings_are_found_with_white_space_collapsed_and_case_kept()
    {
        var score = new SnippetScore();
        var page = score.Add("The council  met\non Monday.\nShare this article", ["council met on Monday", "The Mayor"], ["Share this article", "Subscribe"]);

        Assert.Equal(new SnippetScore.Page(Found: 1, Missed: 1, Kept: 1, Left: 1), page);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
    }

    [Fact]
    public void A_page_without_text_misses_every_string_and_is_counted()
    {
        var score = new SnippetScore();
        score.Add("", ["one", "two"], ["three"]);
        Assert.Equal((1, 0, 2, 0, 1), (score.PagesWithoutText, score.TruePositives, score.FalseNegatives, score.FalsePositives, score.TrueNegatives));
        Assert.Equal(0, score.F1);
    }
}
