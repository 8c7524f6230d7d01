using AngleSharp.Html.Parser;
using Extractor.Html;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Stages;

/// <summary>HTML input: parses the page once with AngleSharp, keeps the DOM for later stages, sets the title and the visible text.</summary>
public sealed class HtmlStage : IStage
{
    public string Name => "html";
    public Capability Needs => Capability.Markup;
    public Capability Gives => Capability.Dom | Capability.Text | Capability.Metadata;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Kind != ContentKind.Html)
            return;
        // A parser per document: AngleSharp does not promise that one parser may serve several threads.
        var parser = new HtmlParser();
        var document = parser.ParseDocument(article.Markup!);
        ct.ThrowIfCancellationRequested();
        article.Dom = document;
        article.Title ??= PageTitle.Of(document);
        article.Text = TextNormalizer.Normalize(VisibleText.Of(document.Body)).Trim();
    }
}
