using Extractor.Tests.Support;

namespace Extractor.Tests.Stages;

public class HtmlStageTests
{
    [Fact]
    public void Main_text_keeps_paragraphs_and_drops_headline_script_style_navigation_and_hidden_text()
    {
        var article = Articles.FromHtml("""
            <html><head><title>Groups call for chief to resign | KCTV5</title><style>p { color: red }</style></head>
            <body><script>window.dataLayer = [];</script>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Groups call for chief to resign</h1>
            <p>During a joint <b>press</b> conference, civil-rights groups called for the police chief to resign, saying he lacks competency.</p>
            <p hidden>Secret</p><div class="share-tools"><a href="#">Share this article on Facebook</a></div>
            <h2>What the groups want</h2>
            <p>They want a complete reset of policies, and the turning over of probable-cause statements to the prosecutor.</p>
            <p>Line one<br>line two of a paragraph that continues, as paragraphs do, for a while.</p></article>
            <footer><p>Copyright 2020 KCTV5. All rights reserved, including the right to reproduce.</p></footer>
            </body></html>
            """);
        Assert.Equal(
            "During a joint press conference, civil-rights groups called for the police chief to resign, saying he lacks competency.\n" +
            "What the groups want\n" +
            "They want a complete reset of policies, and the turning over of probable-cause statements to the prosecutor.\n" +
            "Line one\nline two of a paragraph that continues, as paragraphs do, for a while.", article.Text);
        Assert.NotNull(article.Dom);
    }

    [Fact]
    public void Og_title_is_preferred_to_the_title_element()
    {
        var article = Articles.FromHtml("<html><head><title>Site | Story</title><meta property=\"og:title\" content=\" The  story \"></head><body><p>Text of the story, long enough to count as a paragraph.</p></body></html>");
        Assert.Equal("The story", article.Title);
    }

    [Fact]
    public void Html_entities_are_decoded_in_text_and_offsets_index_the_final_text()
    {
        const string second = "Second paragraph, long enough to count as one, about the merger and what the unions said of it.";
        var article = Articles.FromHtml($"<div><p>AT&amp;T &ldquo;said&rdquo; it&#39;s fine, and the rest of this sentence is long enough for a paragraph.</p><p>{second}</p></div>");
        Assert.Equal($"AT&T “said” it's fine, and the rest of this sentence is long enough for a paragraph.\n{second}", article.Text);
        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal(second, article.Text[article.Sentences[1].Start..article.Sentences[1].End]);
    }
}
