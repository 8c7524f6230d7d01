using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Stages;

public class PlainTextStageTests
{
    [Fact]
    public void Date_line_on_its_own_sets_published_and_is_not_text()
    {
        var article = Articles.FromText("date 2016-09-22\r\nWASHINGTON — Members met.\r\nThey spoke.");
        Assert.Equal("2016-09-22", article.Published);
        Assert.Equal(PublishedSources.DateLine, article.PublishedSource);
        Assert.Equal("WASHINGTON — Members met.\nThey spoke.", article.Text);
    }

    [Fact]
    public void Text_after_the_date_on_the_same_line_is_kept()
    {
        var article = Articles.FromText(" date 2020-06-03 KANSAS CITY, MO (KCTV) – Groups ask.\nMore.");
        Assert.Equal("2020-06-03", article.Published);
        Assert.Equal("KANSAS CITY, MO (KCTV) – Groups ask.\nMore.", article.Text);
    }

    [Theory]
    [InlineData("date 2020-13-45\nBody.")]
    [InlineData("dated 2020-06-03 Body.")]
    [InlineData("The date 2020-06-03 was set.")]
    [InlineData("date 2020-06-031 Body.")]
    public void Anything_else_is_body_text(string text)
    {
        var article = Articles.FromText(text);
        Assert.Null(article.Published);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void A_date_given_with_the_input_wins_over_the_date_line()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var article = pipeline.Process(new SourceDocument { Source = "x", Kind = ContentKind.PlainText, Text = "date 2020-06-03\nBody.", Published = "2021-01-01" });
        Assert.Equal("2021-01-01", article.Published);
        Assert.Equal(PublishedSources.Input, article.PublishedSource);
        Assert.Equal("Body.", article.Text);
    }

    [Fact]
    public void A_date_line_alone_is_an_empty_article()
    {
        var article = Articles.FromText("date 2020-06-03\n\n");
        Assert.Equal(ArticleStatus.Empty, article.Status);
        Assert.Equal(ErrorCodes.NoText, article.Errors.Single().Code);
    }
}
