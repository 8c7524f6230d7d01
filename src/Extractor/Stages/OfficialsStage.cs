using Extractor.Model;
using Extractor.Officials;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>People with an office stated in the text: name, title, body or jurisdiction.</summary>
public sealed class OfficialsStage : IEnglishOnlyStage
{
    public string Name => "officials";
    public Capability Needs => Capability.Sentences | Capability.Tokens | Capability.Entities;
    public Capability Gives => Capability.Officials;

    public void Run(Article article, CancellationToken ct) => article.Officials.AddRange(OfficialFinder.Find(article, ct));
}
