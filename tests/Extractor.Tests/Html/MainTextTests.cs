using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Html;

public class MainTextTests
{
    private const string Paragraph =
        "The council voted on Tuesday to cut the police budget, after weeks of protests outside city hall, and the mayor said he would sign it.";

    [Fact]
    public void Boilerplate_around_and_inside_the_article_is_dropped()
    {
        var article = Articles.FromHtml($"""
            <html><body>
            <header class="site-header"><a href="/">City Times</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
            <div class="cookie-consent"><p>We use cookies to improve your experience on our site, as explained in our policy.</p></div>
            <main><article>
              <h1>Council cuts police budget</h1>
              <div class="byline">By Jane Doe, Staff Writer</div>
              <div class="article-body">
                <p>{Paragraph}</p>
                <figure><img src="a.jpg"><figcaption>Protesters outside city hall. (Photo: AP)</figcaption></figure>
                <p>{Paragraph}</p>
                <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
                <p>Advertisement</p>
                <h2>What comes next</h2>
                <p>{Paragraph}</p>
                <ul class="related-links"><li><a href="/1">Mayor signs order on something else entirely</a></li><li><a href="/2">Another story about the budget here</a></li></ul>
              </div>
            </article></main>
            <section id="comments"><p>Great article, thanks so much for writing it, I agree with every word of it!</p></section>
            <footer><p>© 2024 City Times. All rights reserved. Terms of use and privacy policy apply.</p></footer>
            </body></html>
            """);
        Assert.Equal(ArticleStatus.Ok, article.Status);
        Assert.Equal(string.Join("\n", Paragraph, Paragraph, "What comes next", Paragraph), article.Text);
    }

    [Fact]
    public void An_article_split_over_sibling_containers_is_joined()
    {
        var article = Articles.FromHtml($"""
            <div id="story"><div class="part"><p>{Paragraph}</p><p>{Paragraph}</p></div>
            <div class="ad-slot">Sponsored: buy now</div>
            <div class="part"><p>{Paragraph}</p><p>{Paragraph}</p></div></div>
            """);
        Assert.Equal(4, article.Text.Split('\n').Length);
    }

    [Fact]
    public void A_home_page_of_teasers_is_empty_not_an_article()
    {
        var teasers = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"card\"><h2><a href=\"/story-{i}\">Headline number {i} about the city council and its budget</a></h2><p>Summary {i} of the story, in a few words.</p></div>"));
        var article = Articles.FromHtml($"<html><body><div class=\"stories\">{teasers}</div></body></html>");
        Assert.Equal(ArticleStatus.Empty, article.Status);
        Assert.Equal((ErrorCodes.NoArticle, "maintext"), (article.Errors.Single().Code, article.Errors.Single().Stage));
        Assert.Contains("link", article.Errors.Single().Message);
    }

    [Fact]
    public void An_article_beside_a_long_link_list_is_found_by_its_paragraphs()
    {
        // The link list is one container that outscores the article's paragraphs, each in its own small box.
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<p><a href=\"/s{i}\">Another story number {i}, about something else in the city</a></p>"));
        var boxes = string.Concat(Enumerable.Range(1, 3).Select(i => $"<section><div><div><p>{Paragraph}</p></div></div></section>"));
        var article = Articles.FromHtml($"<html><body><div class=\"stories\">{links}</div>{boxes}</body></html>");

        Assert.Equal(ArticleStatus.Ok, article.Status);
        Assert.Equal(string.Join('\n', Enumerable.Repeat(Paragraph, 3)), article.Text);
    }

    [Theory]
    [InlineData("Sept. 25, 2018")]
    [InlineData("Mittwoch, 11. März 2020")]
    [InlineData("| November 18, 2019 12:01 PM")]
    public void A_line_that_is_only_a_date_is_not_article_text(string dateline)
    {
        var article = Articles.FromHtml($"<html><body><article><h1>Budget</h1><p>{dateline}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>");
        Assert.Equal(Paragraph + "\n" + Paragraph, article.Text);
    }

    [Fact]
    public void A_short_sentence_with_a_date_stays()
    {
        var article = Articles.FromHtml($"<html><body><article><p>{Paragraph}</p><p>It ends on June 3, 2020.</p><p>{Paragraph}</p></article></body></html>");
        Assert.Contains("It ends on June 3, 2020.", article.Text);
    }

    [Fact]
    public void An_error_page_is_empty_not_an_article()
    {
        var article = Articles.FromHtml("<html><head><title>404</title></head><body><h1>Page not found</h1><p>Sorry, the page you requested could not be found.</p><a href=\"/\">Home</a></body></html>");
        Assert.Equal(ArticleStatus.Empty, article.Status);
        Assert.Equal(ErrorCodes.NoArticle, article.Errors.Single().Code);
    }

    [Theory]
    [InlineData("voa-2024-04-28-child-care.html", "America's child care crisis is holding back moms without college degrees", "2024-04-28", "child care")]
    [InlineData("guardian-2024-02-24-valencia-fire.html", "Death toll in Valencia fire rises to 10 as remains of last missing person found", "2024-02-24", "Valencia")]
    [InlineData("apnews-2024-09-03-campaigns.html", "The presidential campaigns brace for a sprint to Election Day", "2024-09-03", "Labor Day")]
    public void Shipped_pages_give_their_headline_date_and_article_text(string sample, string title, string day, string word)
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Samples, sample));
        var article = Articles.FromHtml(html, sample);
        Assert.Equal(ArticleStatus.Ok, article.Status);
        Assert.Equal(title, article.Title);
        Assert.StartsWith(day, article.Published);
        Assert.Contains(word, article.Text);
        Assert.DoesNotContain("Skip to main content", article.Text);
        Assert.DoesNotContain("Sign in", article.Text);
        Assert.True(article.Text.Length > 1500, $"only {article.Text.Length} characters of text");
    }
}
