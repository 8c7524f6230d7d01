using AngleSharp.Html.Parser;
using Extractor.Html.Metadata;

namespace Extractor.Tests.Html;

public class TitleTests
{
    private static string? TitleOf(string head) =>
        PageMetadataExtractor.Extract(new HtmlParser().ParseDocument($"<html><head>{head}</head><body></body></html>"), null, DateTimeOffset.UtcNow).Title;

    [Fact]
    public void The_display_title_wins_over_a_json_ld_headline_that_only_adds_words()
    {
        Assert.Equal("Your old bill could be worth thousands - here's how to check", TitleOf(
            "<meta property=\"og:title\" content=\"Your old bill could be worth thousands - here's how to check\">" +
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Your old bill could be worth thousands - here's how to check if you have the rare one\"}</script>"));
    }

    [Fact]
    public void An_elided_og_title_does_not_cut_the_headline()
    {
        Assert.Equal("Council votes to cut the police budget after weeks of protest", TitleOf(
            "<meta property=\"og:title\" content=\"Council votes to cut the police budget after weeks...\">" +
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Council votes to cut the police budget after weeks of protest\"}</script>"));
    }

    [Fact]
    public void A_much_shorter_og_title_is_not_taken_for_a_cut_headline()
    {
        Assert.Equal("Council votes to cut the police budget after weeks of protest outside city hall", TitleOf(
            "<meta property=\"og:title\" content=\"Council votes\">" +
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Council votes to cut the police budget after weeks of protest outside city hall\"}</script>"));
    }
}
