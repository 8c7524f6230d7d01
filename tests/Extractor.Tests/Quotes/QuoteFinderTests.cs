using Extractor.Quotes;

namespace Extractor.Tests.Quotes;

public class QuoteFinderTests
{
    private static List<string> Quotes(string text) => QuoteFinder.Find(text).Select(q => text[q.Start..q.End]).ToList();

    [Fact]
    public void Curly_straight_and_guillemet_quotes_with_nested_single_quotes()
    {
        Assert.Equal(
            ["We must have a complete reset,", "It was ‘bulletproof’ they said", "Nous ne céderons pas"],
            Quotes("“We must have a complete reset,” he said. \"It was ‘bulletproof’ they said\" she wrote. «Nous ne céderons pas»"));
    }

    [Fact]
    public void Apostrophes_do_not_open_or_close_quotes()
    {
        Assert.Equal(["They don’t trust law enforcement, and it’s the police’s fault"], Quotes("Smith’s view: “They don’t trust law enforcement, and it’s the police’s fault” today."));
    }

    [Fact]
    public void A_quote_split_by_its_attribution_gives_two_spans()
    {
        Assert.Equal(["We must act,", "and now."], Quotes("\"We must act,\" she said, \"and now.\""));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_continues_where_a_paragraph_opens_with_a_mark()
    {
        var spans = QuoteFinder.Find("“First paragraph of the quote goes on\n“and the second ends it,” he said.");
        Assert.Equal(2, spans.Count);
        Assert.True(spans[0].ContinuesParagraph);
        Assert.True(spans[1].ContinuedFromParagraph);
    }

    [Fact]
    public void Unbalanced_and_never_closing_marks_end_at_the_paragraph()
    {
        var text = "He said “this never closes\nNext paragraph has no quote at all.\nAnd ” a stray closer.";
        var spans = QuoteFinder.Find(text);
        Assert.Single(spans);
        Assert.Equal("this never closes", text[spans[0].Start..spans[0].End]);
    }

    [Fact]
    public void Ten_thousand_quote_marks_are_handled_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("“a” ‘b’ \" ", 3400));
        var spans = QuoteFinder.Find(text);
        Assert.InRange(spans.Count, 3400, 10200);
        Assert.All(spans, s => Assert.True(s.End <= text.Length && s.Start <= s.End));
    }

    [Fact]
    public void An_article_that_is_all_one_quote()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 50000));
        var spans = QuoteFinder.Find("“" + body + "”");
        Assert.Equal(body.Length, Assert.Single(spans).End - 1);
    }
}
