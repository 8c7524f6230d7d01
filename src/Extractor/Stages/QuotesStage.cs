using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Quotes;

namespace Extractor.Stages;

/// <summary>Direct quotes with their speaker, the speaker's affiliation and the reporting cue.</summary>
public sealed class QuotesStage : IEnglishOnlyStage
{
    public string Name => "quotes";
    public Capability Needs => Capability.Text | Capability.Entities;
    public Capability Gives => Capability.Quotes;

    public void Run(Article article, CancellationToken ct)
    {
        article.Quotes.AddRange(QuoteAttributor.Attribute(article, QuoteFinder.Find(article.AnalysisText), ct));
    }
}
