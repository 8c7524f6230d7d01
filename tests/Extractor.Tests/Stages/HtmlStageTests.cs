using Extractor.Tests.Support;

namespace Extractor.Tests.Stages;

public class HtmlStageTests
{
    [Fact]
    public void Visible_text_has_one_line_per_block_and_no_script_or_style()
    {
        var article = Articles.FromHtml("""
            <html><head><title>Groups call for chief to resign | KCTV5</title><style>p { color: red }</style></head>
            <body><script>window.dataLayer = [];</script>
            <h1>Groups call   for chief
              to resign</h1>
            <p>During a joint <b>press</b> conference, groups spoke.</p><p hidden>Secret</p>
            <ul><li>One</li><li>Two</li></ul><noscript>Enable JS</noscript>
            <p>Line one<br>line two</p></body></html>
            """);
        Assert.Equal("Groups call for chief to resign\nDuring a joint press conference, groups spoke.\nOne\nTwo\nLine one\nline two", article.Text);
        Assert.Equal("Groups call for chief to resign | KCTV5", article.Title);
        Assert.NotNull(article.Dom);
    }

    [Fact]
    public void Og_title_is_preferred_to_the_title_element()
    {
        var article = Articles.FromHtml("<html><head><title>Site | Story</title><meta property=\"og:title\" content=\" The  story \"></head><body><p>Text.</p></body></html>");
        Assert.Equal("The story", article.Title);
    }

    [Fact]
    public void Html_entities_are_decoded_in_text_and_offsets_index_the_final_text()
    {
        var article = Articles.FromHtml("<p>AT&amp;T &ldquo;said&rdquo; it&#39;s fine.</p><p>Second.</p>");
        Assert.Equal("AT&T “said” it's fine.\nSecond.", article.Text);
        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal("Second.", article.Text[article.Sentences[1].Start..article.Sentences[1].End]);
    }
}
