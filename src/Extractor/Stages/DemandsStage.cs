using Extractor.Demands;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>Calls for action: what is demanded, by whom, of whom, as a normalized action.</summary>
public sealed class DemandsStage : IEnglishOnlyStage
{
    public string Name => "demands";
    public Capability Needs => Capability.Sentences | Capability.Tokens | Capability.Entities | Capability.Quotes | Capability.Officials;
    public Capability Gives => Capability.Demands;

    public void Run(Article article, CancellationToken ct) => article.Demands.AddRange(DemandFinder.Find(article, ct));
}
