using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Html;
using Extractor.Model;
using Extractor.Ner;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Stages;
using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Pipeline;

/// <summary>Issue 15, item 2 and 3: no input within the limits takes unbounded time or memory, and a timeout names the stage that ran out.</summary>
public class BoundedDocumentTests
{
    private sealed class FakeStage(string name, Action<Article, CancellationToken> run) : IStage
    {
        public string Name => name;
        public Capability Needs => Capability.Text;
        public Capability Gives => Capability.None;
        public void Run(Article article, CancellationToken ct) => run(article, ct);
    }

    private static SourceDocument Text(string text) => new() { Source = "t.txt", Kind = ContentKind.PlainText, Text = text };

    [Fact]
    public void A_stage_that_overruns_the_deadline_without_checking_it_is_the_stage_named_in_the_timeout()
    {
        // It ignores the token, as the HTML parser does: the next stage used to be the one blamed.
        var deaf = new FakeStage("deaf", (_, _) => Thread.Sleep(150));
        var next = new FakeStage("next", (_, ct) => ct.ThrowIfCancellationRequested());
        var pipeline = new ExtractionPipeline([new DecodeStage(null), new PlainTextStage(), deaf, next],
            new PipelineOptions { DocumentTimeout = TimeSpan.FromMilliseconds(50) });

        var article = pipeline.Process(Text("text"));

        Assert.Equal(ArticleStatus.Failed, article.Status);
        Assert.Equal(("deaf", ErrorCodes.Timeout), (article.Errors.Single().Stage, article.Errors.Single().Code));
    }

    [Fact]
    public void A_five_megabyte_text_past_a_short_timeout_fails_as_timeout_in_a_language_stage()
    {
        var text = new StringBuilder();
        while (text.Length < 5_000_000)
            text.Append("Mayor Quinton Lucas said the Kansas City Police Department would answer on Tuesday. ");
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { DocumentTimeout = TimeSpan.FromMilliseconds(300) });

        var article = pipeline.Process(Text(text.ToString()));

        Assert.Equal(ArticleStatus.Failed, article.Status);
        var error = article.Errors.Last();
        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.Contains(error.Stage, new[] { "sentences", "dates", "entities", "quotes", "officials", "demands" });
    }

    [Fact]
    public void A_text_longer_than_the_analysis_bound_is_kept_whole_and_analysed_in_its_first_part()
    {
        var paragraph = "The Urban League of Kansas City called on Police Chief Rick Smith to resign on June 3, 2020.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 100));
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { MaxAnalysisChars = 2_000 });

        var article = pipeline.Process(Text(text));

        Assert.Equal(ArticleStatus.Ok, article.Status);
        Assert.Equal(text.TrimEnd(), article.Text);
        var note = Assert.Single(article.Errors);
        Assert.Equal(("text", ErrorCodes.TextTruncated), (note.Stage, note.Code));
        Assert.True(article.AnalysisText.Length <= 2_000 && article.AnalysisText.EndsWith('\n'), "cut at a paragraph end within the bound");
        Assert.NotEmpty(article.Dates);
        Assert.All(article.Dates, d => Assert.True(d.End <= article.AnalysisText.Length));
        Assert.All(article.Organizations.SelectMany(o => o.Mentions), m => Assert.True(m.End <= article.AnalysisText.Length));
    }

    [Fact]
    public void A_line_without_sentence_ends_is_cut_into_sentences_of_bounded_length()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1_000));
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.All(sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxTokens));
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Two_hundred_thousand_nested_divs_are_flattened_past_the_depth_bound_and_keep_their_text()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "deep text"
                   + string.Concat(Enumerable.Repeat("</div>", 200_000)) + "<p>after</p></body></html>";

        var (markup, changes) = MarkupBounds.Apply(page);
        var dom = new HtmlParser().ParseDocument(markup);

        Assert.True(changes.FlattenedTags > 0);
        Assert.Contains("deep text", dom.Body!.TextContent);
        Assert.Equal("after", dom.QuerySelector("body > p")?.TextContent);
        var depth = 0;
        for (var e = dom.QuerySelector("div"); e is not null; e = e.FirstElementChild)
            depth++;
        Assert.True(depth <= MarkupBounds.MaxDepth, $"depth {depth}");
    }

    [Fact]
    public void Paragraphs_without_end_tags_are_not_taken_for_nesting()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>one paragraph", 2_000)) + "</body></html>";
        var (markup, changes) = MarkupBounds.Apply(page);
        Assert.False(changes.Any);
        Assert.Same(page, markup);
    }

    [Fact]
    public void A_ten_megabyte_og_title_is_cut_and_does_not_become_the_title()
    {
        var html = $"<html><head><title>Chief asked to resign</title><meta property=\"og:title\" content=\"{new string('x', 10_000_000)}\"></head>"
                   + "<body><article><h1>Chief asked to resign</h1><p>" + string.Concat(Enumerable.Repeat("Civil-rights groups asked the police chief to resign on Wednesday. ", 20)) + "</p></article></body></html>";

        var article = Articles.FromHtml(html);

        Assert.Equal("Chief asked to resign", article.Title);
        Assert.Contains(article.Errors, e => e.Code == ErrorCodes.MarkupFlattened && e.Message.Contains("attribute"));
    }

    [Fact]
    public void Eight_megabytes_of_paragraphs_are_read_up_to_the_element_bound()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Some paragraph text here, with words.</p>", 180_000)) + "</body></html>";

        var (markup, changes) = MarkupBounds.Apply(page);

        Assert.True(changes.CutAtChar > 0);
        Assert.True(markup.Length < page.Length);
        Assert.Equal(MarkupBounds.MaxElements, new HtmlParser().ParseDocument(markup).QuerySelectorAll("p").Length + 2); // + html, body
    }

    [Fact]
    public void Thousands_of_distinct_names_each_get_an_organization()
    {
        // A generated text of short capitalized sentences: comparing every name with every group was quadratic (305 s).
        var spans = new List<NamedSpan>();
        var text = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            var name = $"Alpha{i} Bravo{i} Group";
            spans.Add(new NamedSpan("ORG", name, text.Length, text.Length + name.Length));
            text.Append(name).Append(". ");
        }

        var (_, organizations) = EntityBuilder.Build(spans, text.ToString());

        Assert.Equal(3_000, organizations.Count);
    }
}
