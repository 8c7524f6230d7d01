using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Stages;

namespace Extractor.Tests.Pipeline;

public class ExtractionPipelineTests
{
    private sealed class FakeStage(string name, Capability needs, Capability gives, Action<Article, CancellationToken> run) : IStage
    {
        public string Name => name;
        public Capability Needs => needs;
        public Capability Gives => gives;
        public void Run(Article article, CancellationToken ct) => run(article, ct);
    }

    private static SourceDocument Text(string text) => new() { Source = "t.txt", Kind = ContentKind.PlainText, Text = text };

    [Fact]
    public void A_stage_whose_needs_no_earlier_stage_gives_is_refused_at_start_up()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new ExtractionPipeline([new SentenceStage(), new PlainTextStage()], new PipelineOptions()));
        Assert.Contains("sentences", e.Message);
        Assert.Contains("Text", e.Message);
    }

    [Fact]
    public void The_default_pipeline_is_valid_and_in_order()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        Assert.Equal(["decode", "html", "metadata", "maintext", "plaintext", "text", "dateline", "sentences", "dates", "entities", "quotes", "officials", "demands"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void A_crashing_stage_costs_one_document_and_names_itself()
    {
        var crash = new FakeStage("boom", Capability.Text, Capability.None, (a, _) =>
        {
            if (a.Text.Contains("bad"))
                throw new InvalidOperationException("index out of range somewhere");
        });
        var pipeline = new ExtractionPipeline([new DecodeStage(null), new PlainTextStage(), crash, new SentenceStage()], new PipelineOptions());

        var bad = pipeline.Process(Text("a bad one"));
        var good = pipeline.Process(Text("a good one"));

        Assert.Equal(ArticleStatus.Failed, bad.Status);
        var error = bad.Errors.Single();
        Assert.Equal(("boom", ErrorCodes.Internal), (error.Stage, error.Code));
        Assert.StartsWith("InvalidOperationException: index out of range somewhere (at Extractor.Tests.", error.Message); // names the method that threw
        Assert.DoesNotContain("/", error.Message); // but no file paths of the build machine
        Assert.Empty(bad.Sentences); // later stages were skipped
        Assert.Equal(ArticleStatus.Ok, good.Status);
        Assert.NotEmpty(good.Sentences);
    }

    [Fact]
    public void A_document_over_its_time_budget_fails_with_timeout()
    {
        var slow = new FakeStage("slow", Capability.Text, Capability.None, (_, ct) =>
        {
            Task.Delay(TimeSpan.FromSeconds(30), ct).Wait(ct);
        });
        var pipeline = new ExtractionPipeline([new DecodeStage(null), new PlainTextStage(), slow],
            new PipelineOptions { DocumentTimeout = TimeSpan.FromMilliseconds(50) });

        var article = pipeline.Process(Text("text"));

        Assert.Equal(ArticleStatus.Failed, article.Status);
        Assert.Equal(("slow", ErrorCodes.Timeout), (article.Errors.Single().Stage, article.Errors.Single().Code));
    }

    [Fact]
    public void Cancellation_by_the_caller_is_not_a_document_failure()
    {
        var slow = new FakeStage("slow", Capability.Text, Capability.None, (_, ct) => Task.Delay(TimeSpan.FromSeconds(30), ct).Wait(ct));
        var pipeline = new ExtractionPipeline([new DecodeStage(null), new PlainTextStage(), slow], new PipelineOptions());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Process(Text("text"), cts.Token));
    }

    [Fact]
    public void Timings_count_every_stage_run()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Process(Text("One. Two."));
        pipeline.Process(Text("Three."));
        var timings = pipeline.Timings.Snapshot().ToDictionary(t => t.Stage);
        Assert.Equal(2, timings["sentences"].Runs);
    }

    [Fact]
    public void Article_ids_are_stable_hashes_of_the_source_unless_an_id_is_given()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var a = pipeline.Process(Text("x"));
        var b = pipeline.Process(Text("y"));
        Assert.Equal(a.ArticleId, b.ArticleId);
        Assert.Matches("^[0-9a-f]{16}$", a.ArticleId);
        Assert.Equal("given", pipeline.Process(Text("x") with { Id = "given" }).ArticleId);
    }
}
