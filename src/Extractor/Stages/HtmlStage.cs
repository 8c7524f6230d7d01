using AngleSharp.Html.Parser;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Stages;

/// <summary>HTML input: parses the page once with AngleSharp and keeps the DOM on the article for the stages after it.</summary>
public sealed class HtmlStage : IStage
{
    public string Name => "html";
    public Capability Needs => Capability.Markup;
    public Capability Gives => Capability.Dom;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Kind != ContentKind.Html)
            return;
        // A parser per document: AngleSharp does not promise that one parser may serve several threads.
        article.Dom = new HtmlParser().ParseDocument(article.Markup!);
    }
}
